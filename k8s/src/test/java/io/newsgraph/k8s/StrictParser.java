package io.newsgraph.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.KafkaSpec;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePoolSpec;
import io.strimzi.api.kafka.model.topic.KafkaTopicSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses each manifest with the model of whoever consumes it — fabric8's Kubernetes model for
 * built-in kinds, Strimzi's API model for Kafka resources, and an allow-list of the fields we use
 * for CloudNativePG and Keycloak, whose Java models are not available offline — and reports unknown
 * fields and values of the wrong type.
 */
final class StrictParser {

    private static final Map<String, Class<?>> STRIMZI_SPECS =
            Map.of(
                    "Kafka", KafkaSpec.class,
                    "KafkaNodePool", KafkaNodePoolSpec.class,
                    "KafkaTopic", KafkaTopicSpec.class);

    private final KubernetesSerialization kubernetes = new KubernetesSerialization();
    private final ObjectMapper strimzi =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    List<String> problems(Map<String, Object> document) {
        String id = id(document);
        List<String> problems = new ArrayList<>();
        try {
            String apiVersion = String.valueOf(document.get("apiVersion"));
            String group =
                    apiVersion.contains("/")
                            ? apiVersion.substring(0, apiVersion.indexOf('/'))
                            : "";
            if (group.equals("kafka.strimzi.io")) {
                parseStrimzi(id, document, problems);
            } else if (CrdFields.knows(group)) {
                parseMetadata(id, document, problems);
                CrdFields.problems(id, document, problems);
            } else {
                Object parsed = kubernetes.unmarshal(kubernetes.asJson(document));
                if (parsed instanceof GenericKubernetesResource) {
                    problems.add(id + ": unknown kind " + apiVersion + "/" + document.get("kind"));
                } else {
                    unknownFields(id, parsed, problems);
                }
            }
        } catch (RuntimeException e) {
            problems.add(id + ": does not parse: " + e.getMessage());
        }
        return problems;
    }

    static String id(Map<String, Object> document) {
        return document.get("kind") + "/" + Maps.at(document, "metadata", "name");
    }

    private void parseStrimzi(String id, Map<String, Object> document, List<String> problems) {
        Class<?> specType = STRIMZI_SPECS.get(String.valueOf(document.get("kind")));
        if (specType == null) {
            problems.add(id + ": unknown Strimzi kind");
            return;
        }
        if (!"kafka.strimzi.io/v1beta2".equals(document.get("apiVersion"))) {
            problems.add(
                    id
                            + ": Strimzi 0.45 serves kafka.strimzi.io/v1beta2, not "
                            + document.get("apiVersion"));
        }
        for (String field : document.keySet()) {
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                problems.add(id + ": unknown field '" + field + "'");
            }
        }
        parseMetadata(id, document, problems);
        try {
            unknownFields(
                    id + " spec", strimzi.convertValue(document.get("spec"), specType), problems);
        } catch (IllegalArgumentException e) {
            problems.add(id + ": spec does not parse: " + e.getMessage());
        }
    }

    private void parseMetadata(String id, Map<String, Object> document, List<String> problems) {
        unknownFields(
                id + " metadata",
                kubernetes.convertValue(document.get("metadata"), ObjectMeta.class),
                problems);
    }

    /** Reports every non-empty additionalProperties map in the parsed object tree. */
    static void unknownFields(String id, Object parsed, List<String> problems) {
        walk(id, "", parsed, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(
            String id, String path, Object value, List<String> problems, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(id, path + "[" + i + "]", list.get(i), problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(id, path + "." + k, v, problems, seen));
            return;
        }
        String type = value.getClass().getName();
        if (!(type.startsWith("io.fabric8.") || type.startsWith("io.strimzi."))
                || value.getClass().isEnum()) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(
                                id
                                        + ": unknown field(s) "
                                        + extra.keySet()
                                        + " at "
                                        + (path.isEmpty() ? "." : path));
                    }
                } else {
                    walk(id, path + "." + field.getName(), fieldValue, problems, seen);
                }
            }
        }
    }
}
