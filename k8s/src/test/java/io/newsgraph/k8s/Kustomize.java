package io.newsgraph.k8s;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The subset of kustomize that newsgraph's overlays use, so the test suite renders them without
 * kubectl: resources (files and directories), namespace, labels, images, secretGenerator (literals,
 * no name hash) and JSON 6902 patches chosen by target. Any other kustomization field fails the
 * render rather than being silently ignored.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS =
            Set.of(
                    "apiVersion",
                    "kind",
                    "namespace",
                    "labels",
                    "resources",
                    "images",
                    "patches",
                    "secretGenerator",
                    "generatorOptions");

    private static final Set<String> CLUSTER_SCOPED_KINDS =
            Set.of(
                    "Namespace",
                    "ClusterRole",
                    "ClusterRoleBinding",
                    "CustomResourceDefinition",
                    "PersistentVolume",
                    "StorageClass",
                    "PriorityClass");

    private static final Set<String> WORKLOAD_KINDS =
            Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private Kustomize() {}

    /** Renders the kustomization in {@code directory} into its resources, in kustomize's order. */
    static List<Map<String, Object>> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        Map<String, Object> kustomization = Maps.cast(Yaml.value(file));
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(
                        file + ": kustomization field '" + field + "' is not supported here");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : Maps.list(kustomization.get("resources"))) {
            Path path = directory.resolve(String.valueOf(entry)).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : Yaml.documents(path));
        }
        resources.addAll(generateSecrets(kustomization, file));
        for (Object patch : Maps.list(kustomization.get("patches"))) {
            applyPatch(directory, Maps.cast(patch), resources);
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            resources.stream()
                    .filter(r -> !CLUSTER_SCOPED_KINDS.contains(r.get("kind")))
                    .forEach(r -> Maps.child(r, "metadata").put("namespace", namespace));
        }
        for (Object labels : Maps.list(kustomization.get("labels"))) {
            applyLabels(Maps.cast(labels), resources);
        }
        for (Object image : Maps.list(kustomization.get("images"))) {
            applyImage(Maps.cast(image), resources);
        }
        return resources;
    }

    private static List<Map<String, Object>> generateSecrets(
            Map<String, Object> kustomization, Path file) {
        List<Object> generators = Maps.list(kustomization.get("secretGenerator"));
        if (generators.isEmpty()) {
            return List.of();
        }
        if (!Boolean.TRUE.equals(
                Maps.at(kustomization, "generatorOptions", "disableNameSuffixHash"))) {
            throw new UnsupportedOperationException(
                    file
                            + ": secretGenerator needs generatorOptions.disableNameSuffixHash: true"
                            + " here");
        }
        List<Map<String, Object>> secrets = new ArrayList<>();
        for (Object generatorValue : generators) {
            Map<String, Object> generator = Maps.cast(generatorValue);
            for (String field : generator.keySet()) {
                if (!Set.of("name", "type", "literals").contains(field)) {
                    throw new UnsupportedOperationException(
                            file + ": secretGenerator field '" + field + "' is not supported here");
                }
            }
            Map<String, Object> data = new TreeMap<>();
            for (Object literal : Maps.list(generator.get("literals"))) {
                String text = String.valueOf(literal);
                int equals = text.indexOf('=');
                data.put(
                        text.substring(0, equals),
                        Base64.getEncoder()
                                .encodeToString(
                                        text.substring(equals + 1)
                                                .getBytes(StandardCharsets.UTF_8)));
            }
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("apiVersion", "v1");
            secret.put("kind", "Secret");
            secret.put("metadata", new LinkedHashMap<>(Map.of("name", generator.get("name"))));
            secret.put("type", generator.getOrDefault("type", "Opaque"));
            secret.put("data", new LinkedHashMap<>(data));
            secrets.add(secret);
        }
        return secrets;
    }

    private static void applyPatch(
            Path directory, Map<String, Object> patch, List<Map<String, Object>> resources) {
        Object operations = Yaml.value(directory.resolve(String.valueOf(patch.get("path"))));
        if (!(operations instanceof List)) {
            throw new UnsupportedOperationException(
                    patch.get("path")
                            + ": only JSON 6902 patches (a list of operations) are supported here");
        }
        Map<String, Object> target = Maps.cast(patch.get("target"));
        int matched = 0;
        for (Map<String, Object> resource : resources) {
            if (matches(target, resource)) {
                JsonPatch.apply(resource, Maps.list(operations));
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalStateException(
                    "patch " + patch.get("path") + " matches no resource: " + target);
        }
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return matchesField(target, "group", group)
                && matchesField(target, "version", version)
                && matchesField(target, "kind", resource.get("kind"))
                && matchesField(target, "name", Maps.at(resource, "metadata", "name"));
    }

    private static boolean matchesField(Map<String, Object> target, String field, Object actual) {
        Object wanted = target.get(field);
        return wanted == null || wanted.equals(actual);
    }

    private static void applyLabels(Map<String, Object> spec, List<Map<String, Object>> resources) {
        if (Boolean.TRUE.equals(spec.get("includeSelectors"))) {
            throw new UnsupportedOperationException(
                    "labels with includeSelectors are not supported here");
        }
        Map<String, Object> pairs = Maps.cast(spec.get("pairs"));
        boolean templates = Boolean.TRUE.equals(spec.get("includeTemplates"));
        for (Map<String, Object> resource : resources) {
            Maps.child(resource, "metadata", "labels").putAll(pairs);
            if (templates && WORKLOAD_KINDS.contains(resource.get("kind"))) {
                Maps.child(resource, "spec", "template", "metadata", "labels").putAll(pairs);
            }
        }
    }

    private static void applyImage(Map<String, Object> image, List<Map<String, Object>> resources) {
        String name = String.valueOf(image.get("name"));
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : Workloads.containers(resource)) {
                ImageRef ref = ImageRef.parse(String.valueOf(container.get("image")));
                if (!ref.name().equals(name)) {
                    continue;
                }
                String newName =
                        image.containsKey("newName")
                                ? String.valueOf(image.get("newName"))
                                : ref.name();
                String result;
                if (image.containsKey("digest")) {
                    result = newName + "@" + image.get("digest");
                } else if (image.containsKey("newTag")) {
                    result = newName + ":" + image.get("newTag");
                } else {
                    result = newName + ref.suffix();
                }
                container.put("image", result);
            }
        }
    }
}
