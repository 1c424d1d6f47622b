package io.newsgraph.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules every rendered newsgraph manifest set must pass: strict parsing, pinned images,
 * resource limits, a locked-down container, secrets only by reference, and — for each service —
 * image, port, probes and configuration names that agree with the service's own configuration.
 */
final class ManifestValidator {

    static final String IMAGE_REGISTRY = "ghcr.io/newsgraph/";

    private final Map<String, ServiceConfig> services;
    private final String imageTag;
    private final StrictParser parser = new StrictParser();

    ManifestValidator(Map<String, ServiceConfig> services, String imageTag) {
        this.services = services;
        this.imageTag = imageTag;
    }

    List<String> validate(List<Map<String, Object>> documents) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            problems.addAll(parser.problems(document));
            for (Map<String, Object> container : Workloads.containers(document)) {
                checkContainer(StrictParser.id(document), document, container, problems);
            }
            if ("ConfigMap".equals(document.get("kind"))) {
                Map<String, Object> data = Maps.cast(document.get("data"));
                if (data != null) {
                    data.keySet().stream()
                            .filter(ManifestValidator::looksSecret)
                            .forEach(
                                    key ->
                                            problems.add(
                                                    StrictParser.id(document)
                                                            + ": secret-like key "
                                                            + key
                                                            + " in a ConfigMap"));
                }
            }
        }
        for (ServiceConfig service : services.values()) {
            checkService(service, documents, problems);
        }
        return problems;
    }

    private void checkContainer(
            String id,
            Map<String, Object> workload,
            Map<String, Object> container,
            List<String> problems) {
        String where = id + " container " + container.get("name");
        String image = String.valueOf(container.get("image"));
        ImageRef ref = ImageRef.parse(image);
        if (ref.digest() == null && (ref.tag() == null || ref.tag().equals("latest"))) {
            problems.add(
                    where
                            + ": image "
                            + image
                            + " is not pinned to a version (no tag or 'latest')");
        }
        for (String kind : List.of("limits", "requests")) {
            for (String resource : List.of("cpu", "memory")) {
                if (Maps.at(container, "resources", kind, resource) == null) {
                    problems.add(where + ": no " + resource + " in resources." + kind);
                }
            }
        }
        Map<String, Object> pod = Workloads.podSpec(workload);
        if (!Boolean.TRUE.equals(Maps.at(container, "securityContext", "runAsNonRoot"))
                && !Boolean.TRUE.equals(Maps.at(pod, "securityContext", "runAsNonRoot"))) {
            problems.add(where + ": may run as root (runAsNonRoot not true)");
        }
        if (!Boolean.FALSE.equals(
                Maps.at(container, "securityContext", "allowPrivilegeEscalation"))) {
            problems.add(where + ": allowPrivilegeEscalation must be false");
        }
        if (!Boolean.TRUE.equals(Maps.at(container, "securityContext", "readOnlyRootFilesystem"))) {
            problems.add(where + ": root filesystem must be read-only");
        }
        if (!Maps.list(Maps.at(container, "securityContext", "capabilities", "drop"))
                .contains("ALL")) {
            problems.add(where + ": capabilities must drop ALL");
        }
        String seccomp =
                Objects.requireNonNullElse(
                        Maps.string(container, "securityContext", "seccompProfile", "type"),
                        String.valueOf(Maps.at(pod, "securityContext", "seccompProfile", "type")));
        if (!seccomp.equals("RuntimeDefault")) {
            problems.add(where + ": seccompProfile must be RuntimeDefault");
        }
        boolean tmpOnEmptyDir =
                Maps.list(container.get("volumeMounts")).stream()
                        .map(Maps::cast)
                        .filter(m -> "/tmp".equals(m.get("mountPath")))
                        .anyMatch(
                                m ->
                                        Maps.list(pod.get("volumes")).stream()
                                                .map(Maps::cast)
                                                .anyMatch(
                                                        v ->
                                                                Objects.equals(
                                                                                v.get("name"),
                                                                                m.get("name"))
                                                                        && v.containsKey(
                                                                                "emptyDir")));
        if (!tmpOnEmptyDir) {
            problems.add(
                    where + ": /tmp must be a writable emptyDir under a read-only root filesystem");
        }
        for (Object envValue : Maps.list(container.get("env"))) {
            Map<String, Object> env = Maps.cast(envValue);
            String name = String.valueOf(env.get("name"));
            if (looksSecret(name) && Maps.at(env, "valueFrom", "secretKeyRef") == null) {
                problems.add(
                        where
                                + ": "
                                + name
                                + " must come from a secretKeyRef, not an inline value");
            }
        }
    }

    private void checkService(
            ServiceConfig service, List<Map<String, Object>> documents, List<String> problems) {
        String name = service.name();
        Map<String, Object> deployment = find(documents, "Deployment", name);
        if (deployment == null) {
            problems.add("Deployment/" + name + ": missing");
            return;
        }
        String id = "Deployment/" + name;
        Map<String, Object> container =
                Workloads.containers(deployment).stream()
                        .filter(c -> name.equals(c.get("name")))
                        .findFirst()
                        .orElse(null);
        if (container == null) {
            problems.add(id + ": no container named " + name);
            return;
        }
        ImageRef image = ImageRef.parse(String.valueOf(container.get("image")));
        if (!image.name().equals(IMAGE_REGISTRY + name) || !imageTag.equals(image.tag())) {
            problems.add(
                    id
                            + ": image "
                            + container.get("image")
                            + " is not "
                            + IMAGE_REGISTRY
                            + name
                            + ":"
                            + imageTag);
        }
        int port = service.httpPort();
        Map<String, Object> http =
                Maps.list(container.get("ports")).stream()
                        .map(Maps::cast)
                        .filter(p -> "http".equals(p.get("name")))
                        .findFirst()
                        .orElse(Map.of());
        if (!Objects.equals(http.get("containerPort"), port)) {
            problems.add(
                    id
                            + ": container port 'http' is "
                            + http.get("containerPort")
                            + " but "
                            + name
                            + " listens on "
                            + port);
        }
        checkProbe(id, container, "livenessProbe", service.livenessPath(), service, problems);
        checkProbe(id, container, "readinessProbe", service.readinessPath(), service, problems);
        checkProbe(id, container, "startupProbe", service.startupPath(), service, problems);

        Map<String, Object> annotations =
                Maps.cast(Maps.at(deployment, "spec", "template", "metadata", "annotations"));
        if (annotations != null
                && annotations.containsKey("prometheus.io/path")
                && !service.servedPaths()
                        .contains(String.valueOf(annotations.get("prometheus.io/path")))) {
            problems.add(
                    id
                            + ": prometheus.io/path "
                            + annotations.get("prometheus.io/path")
                            + " is not served by "
                            + name);
        }
        for (String variable : environmentNames(id, container, documents, problems)) {
            boolean configuration =
                    variable.startsWith("QUARKUS_")
                            || variable.startsWith("KAFKA_")
                            || variable.startsWith("MP_");
            if (configuration && !service.declaresEnvironmentVariable(variable)) {
                problems.add(
                        id
                                + ": "
                                + variable
                                + " sets nothing "
                                + name
                                + " declares in application.properties");
            }
        }
        Map<String, Object> kubeService = find(documents, "Service", name);
        if (kubeService == null) {
            problems.add("Service/" + name + ": missing");
        } else {
            for (Object portValue : Maps.list(Maps.at(kubeService, "spec", "ports"))) {
                Object target = Maps.cast(portValue).get("targetPort");
                if (!Objects.equals(resolvePort(container, target), port)) {
                    problems.add(
                            "Service/"
                                    + name
                                    + ": targetPort "
                                    + target
                                    + " does not reach port "
                                    + port);
                }
            }
        }
    }

    private void checkProbe(
            String id,
            Map<String, Object> container,
            String probe,
            String expectedPath,
            ServiceConfig service,
            List<String> problems) {
        Map<String, Object> httpGet = Maps.cast(Maps.at(container, probe, "httpGet"));
        if (httpGet == null) {
            problems.add(id + ": no HTTP " + probe);
            return;
        }
        String path = String.valueOf(httpGet.get("path"));
        if (!service.servedPaths().contains(path)) {
            problems.add(
                    id
                            + ": "
                            + probe
                            + " path "
                            + path
                            + " is not served by "
                            + service.name()
                            + " (it serves "
                            + service.servedPaths()
                            + ")");
        } else if (!path.equals(expectedPath)) {
            problems.add(id + ": " + probe + " should use " + expectedPath + ", not " + path);
        }
        if (!Objects.equals(resolvePort(container, httpGet.get("port")), service.httpPort())) {
            problems.add(
                    id
                            + ": "
                            + probe
                            + " port "
                            + httpGet.get("port")
                            + " is not "
                            + service.name()
                            + "'s port "
                            + service.httpPort());
        }
    }

    private static Object resolvePort(Map<String, Object> container, Object port) {
        if (port instanceof Integer) {
            return port;
        }
        return Maps.list(container.get("ports")).stream()
                .map(Maps::cast)
                .filter(p -> Objects.equals(p.get("name"), port))
                .map(p -> p.get("containerPort"))
                .findFirst()
                .orElse(null);
    }

    private static List<String> environmentNames(
            String id,
            Map<String, Object> container,
            List<Map<String, Object>> documents,
            List<String> problems) {
        List<String> names = new ArrayList<>();
        Maps.list(container.get("env"))
                .forEach(e -> names.add(String.valueOf(Maps.cast(e).get("name"))));
        for (Object source : Maps.list(container.get("envFrom"))) {
            String configMap = Maps.string(Maps.cast(source), "configMapRef", "name");
            Map<String, Object> found =
                    configMap == null ? null : find(documents, "ConfigMap", configMap);
            if (configMap != null && found == null) {
                problems.add(
                        id
                                + ": envFrom names ConfigMap "
                                + configMap
                                + ", which is not in the manifests");
            } else if (found != null && found.get("data") != null) {
                names.addAll(Maps.cast(found.get("data")).keySet());
            }
        }
        return names;
    }

    static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(
                        d ->
                                kind.equals(d.get("kind"))
                                        && name.equals(Maps.at(d, "metadata", "name")))
                .findFirst()
                .orElse(null);
    }

    /**
     * Names of values that are credentials: passwords, secrets, keys, and tokens themselves — not
     * settings about tokens such as {@code QUARKUS_OIDC_TOKEN_AUDIENCE}.
     */
    static boolean looksSecret(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("PASSWORD")
                || upper.contains("SECRET")
                || upper.contains("PRIVATE_KEY")
                || upper.contains("API_KEY")
                || upper.matches("(.*_)?TOKEN");
    }
}
