package io.newsgraph.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields newsgraph sets on CloudNativePG and Keycloak operator resources, as documented by
 * those operators. Their Java models are not published for offline use, so a field outside this
 * list is reported as unknown: a typo fails the build instead of being pruned by the API server.
 */
final class CrdFields {

    private static final Map<String, List<String>> ALLOWED =
            Map.of(
                    "postgresql.cnpg.io/v1/Cluster",
                    List.of(
                            "spec.instances",
                            "spec.imageName",
                            "spec.enableSuperuserAccess",
                            "spec.primaryUpdateStrategy",
                            "spec.storage.size",
                            "spec.storage.storageClass",
                            "spec.resources.requests.*",
                            "spec.resources.limits.*",
                            "spec.bootstrap.initdb.database",
                            "spec.bootstrap.initdb.owner",
                            "spec.bootstrap.initdb.secret.name",
                            "spec.bootstrap.initdb.postInitApplicationSQL[]",
                            "spec.managed.roles[].name",
                            "spec.managed.roles[].ensure",
                            "spec.managed.roles[].login",
                            "spec.managed.roles[].comment",
                            "spec.managed.roles[].passwordSecret.name",
                            "spec.monitoring.enablePodMonitor",
                            "spec.postgresql.parameters.*"),
                    "postgresql.cnpg.io/v1/Database",
                    List.of("spec.name", "spec.owner", "spec.ensure", "spec.cluster.name"),
                    "k8s.keycloak.org/v2alpha1/Keycloak",
                    List.of(
                            "spec.instances",
                            "spec.image",
                            "spec.db.vendor",
                            "spec.db.host",
                            "spec.db.port",
                            "spec.db.database",
                            "spec.db.usernameSecret.name",
                            "spec.db.usernameSecret.key",
                            "spec.db.passwordSecret.name",
                            "spec.db.passwordSecret.key",
                            "spec.db.poolMaxSize",
                            "spec.http.httpEnabled",
                            "spec.http.httpPort",
                            "spec.http.httpsPort",
                            "spec.http.tlsSecret",
                            "spec.hostname.hostname",
                            "spec.hostname.admin",
                            "spec.hostname.strict",
                            "spec.hostname.backchannelDynamic",
                            "spec.proxy.headers",
                            "spec.ingress.enabled",
                            "spec.ingress.className",
                            "spec.resources.requests.*",
                            "spec.resources.limits.*",
                            "spec.additionalOptions[].name",
                            "spec.additionalOptions[].value"),
                    "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
                    List.of(
                            "spec.keycloakCRName",
                            "spec.placeholders.*.secret.name",
                            "spec.placeholders.*.secret.key",
                            // The realm is Keycloak's RealmRepresentation; its content is checked
                            // by the realm tests.
                            "spec.realm.**"));

    private static final Set<String> GROUPS = Set.of("postgresql.cnpg.io", "k8s.keycloak.org");

    private CrdFields() {}

    static boolean knows(String group) {
        return GROUPS.contains(group);
    }

    static void problems(String id, Map<String, Object> document, List<String> problems) {
        String type = document.get("apiVersion") + "/" + document.get("kind");
        List<String> allowed = ALLOWED.get(type);
        if (allowed == null) {
            problems.add(id + ": unknown kind " + type);
            return;
        }
        document.forEach(
                (key, value) -> {
                    if (key.equals("spec")) {
                        leaves("spec", value, allowed, id, problems);
                    } else if (!Set.of("apiVersion", "kind", "metadata").contains(key)) {
                        problems.add(id + ": unknown field '" + key + "'");
                    }
                });
    }

    private static void leaves(
            String path, Object value, List<String> allowed, String id, List<String> problems) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> leaves(path + "." + k, v, allowed, id, problems));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            list.forEach(v -> leaves(path + "[]", v, allowed, id, problems));
        } else if (allowed.stream().noneMatch(pattern -> matches(pattern, path))) {
            problems.add(id + ": unknown field " + path);
        }
    }

    private static boolean matches(String pattern, String path) {
        String[] wanted = pattern.split("\\.");
        String[] actual = path.split("\\.");
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i].equals("**")) {
                return true;
            }
            if (i >= actual.length || !(wanted[i].equals("*") || wanted[i].equals(actual[i]))) {
                return false;
            }
        }
        return wanted.length == actual.length;
    }
}
