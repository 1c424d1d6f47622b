package io.newsgraph.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 6902 add / replace / remove on a map/list tree, as kustomize applies JSON patches. */
final class JsonPatch {

    private JsonPatch() {}

    static void apply(Map<String, Object> document, List<Object> operations) {
        for (Object operationValue : operations) {
            Map<String, Object> operation = Maps.cast(operationValue);
            String op = String.valueOf(operation.get("op"));
            List<String> tokens = tokens(String.valueOf(operation.get("path")));
            Object parent = resolve(document, tokens.subList(0, tokens.size() - 1), operation);
            String last = tokens.get(tokens.size() - 1);
            Object value = Maps.deepCopy(operation.get("value"));
            switch (op) {
                case "add" -> add(parent, last, value, operation);
                case "replace" -> {
                    remove(parent, last, operation);
                    add(parent, last, value, operation);
                }
                case "remove" -> remove(parent, last, operation);
                default ->
                        throw new UnsupportedOperationException(
                                "JSON patch op '" + op + "' is not supported here");
            }
        }
    }

    private static List<String> tokens(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("JSON pointer must start with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static Object resolve(Object root, List<String> tokens, Map<String, Object> operation) {
        Object current = root;
        for (String token : tokens) {
            if (current instanceof Map<?, ?> map && map.containsKey(token)) {
                current = map.get(token);
            } else if (current instanceof List<?> list && isIndex(token, list.size() - 1)) {
                current = list.get(Integer.parseInt(token));
            } else {
                throw new IllegalStateException("JSON patch path does not exist: " + operation);
            }
        }
        return current;
    }

    private static void add(
            Object parent, String token, Object value, Map<String, Object> operation) {
        if (parent instanceof Map) {
            Maps.cast(parent).put(token, value);
        } else if (parent instanceof List) {
            List<Object> list = Maps.list(parent);
            if ("-".equals(token)) {
                list.add(value);
            } else if (isIndex(token, list.size())) {
                list.add(Integer.parseInt(token), value);
            } else {
                throw new IllegalStateException("JSON patch index out of range: " + operation);
            }
        } else {
            throw new IllegalStateException("JSON patch parent is not a container: " + operation);
        }
    }

    private static void remove(Object parent, String token, Map<String, Object> operation) {
        if (parent instanceof Map<?, ?> map && map.containsKey(token)) {
            map.remove(token);
        } else if (parent instanceof List<?> list && isIndex(token, list.size() - 1)) {
            list.remove(Integer.parseInt(token));
        } else {
            throw new IllegalStateException("JSON patch path does not exist: " + operation);
        }
    }

    private static boolean isIndex(String token, int max) {
        if (!token.matches("\\d+")) {
            return false;
        }
        int index = Integer.parseInt(token);
        return index >= 0 && index <= max;
    }
}
