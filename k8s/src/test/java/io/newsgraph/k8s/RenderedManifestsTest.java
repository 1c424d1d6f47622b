package io.newsgraph.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders k8s/base and both overlays and checks what an operator relies on when applying them. */
class RenderedManifestsTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path K8S = REPOSITORY.resolve("k8s");
    static final List<String> SERVICES = List.of("nlp-service", "ingest-service", "query-service");
    static final String IMAGE_TAG = "0.1.0";

    static Map<String, ServiceConfig> services() {
        Map<String, ServiceConfig> services = new LinkedHashMap<>();
        SERVICES.forEach(name -> services.put(name, ServiceConfig.load(REPOSITORY, name)));
        return services;
    }

    private static final Map<String, List<Map<String, Object>>> RENDERED =
            new ConcurrentHashMap<>();

    /** Renders once per test run; no test modifies what it gets. */
    static List<Map<String, Object>> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, k -> Kustomize.render(K8S.resolve(k)));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        Map<String, Object> found = ManifestValidator.find(documents, kind, name);
        assertThat(found).as(kind + "/" + name).isNotNull();
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyManifestParsesStrictlyAndAgreesWithTheServices(String kustomization) {
        List<Map<String, Object>> documents = render(kustomization);

        assertThat(new ManifestValidator(services(), IMAGE_TAG).validate(documents)).isEmpty();
        assertThat(documents.stream().map(d -> d.get("kind")).collect(Collectors.toSet()))
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "NetworkPolicy",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "Cluster",
                        "Database",
                        "Keycloak",
                        "KeycloakRealmImport");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void productionManifestsCarryNoSecretValues(String kustomization) {
        assertThat(ofKind(render(kustomization), "Secret")).isEmpty();
    }

    @Test
    void theDevOverlayGeneratesEverySecretTheManifestsReference() {
        List<Map<String, Object>> dev = render("overlays/dev");
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (Map<String, Object> secret : ofKind(dev, "Secret")) {
            secrets.put(
                    Maps.string(secret, "metadata", "name"),
                    Maps.cast(secret.get("data")).keySet());
        }

        Set<String> references = secretReferences(dev);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            String[] nameAndKey = reference.split("#");
            assertThat(secrets).as(reference).containsKey(nameAndKey[0]);
            assertThat(secrets.get(nameAndKey[0])).as(reference).contains(nameAndKey[1]);
        }
        // CloudNativePG logs a role in with the username of its basic-auth secret.
        assertThat(secrets.get("newsgraph-pg-ingest")).contains("username", "password");
    }

    /** Every secret name#key the manifests use: env secretKeyRefs, CNPG and Keycloak references. */
    static Set<String> secretReferences(List<Map<String, Object>> documents) {
        Set<String> references = new HashSet<>();
        for (Map<String, Object> document : documents) {
            for (Map<String, Object> container : Workloads.containers(document)) {
                for (Object env : Maps.list(container.get("env"))) {
                    Map<String, Object> ref =
                            Maps.cast(Maps.at(Maps.cast(env), "valueFrom", "secretKeyRef"));
                    if (ref != null) {
                        references.add(ref.get("name") + "#" + ref.get("key"));
                    }
                }
            }
        }
        Map<String, Object> cluster = find(documents, "Cluster", "newsgraph-pg");
        references.add(
                Maps.string(cluster, "spec", "bootstrap", "initdb", "secret", "name")
                        + "#password");
        for (Object role : Maps.list(Maps.at(cluster, "spec", "managed", "roles"))) {
            references.add(Maps.string(Maps.cast(role), "passwordSecret", "name") + "#username");
            references.add(Maps.string(Maps.cast(role), "passwordSecret", "name") + "#password");
        }
        Map<String, Object> keycloak = find(documents, "Keycloak", "newsgraph-keycloak");
        for (String field : List.of("usernameSecret", "passwordSecret")) {
            references.add(
                    Maps.string(keycloak, "spec", "db", field, "name")
                            + "#"
                            + Maps.string(keycloak, "spec", "db", field, "key"));
        }
        Map<String, Object> realm = find(documents, "KeycloakRealmImport", "newsgraph-realm");
        Maps.cast(Maps.at(realm, "spec", "placeholders"))
                .values()
                .forEach(
                        p ->
                                references.add(
                                        Maps.string(Maps.cast(p), "secret", "name")
                                                + "#"
                                                + Maps.string(Maps.cast(p), "secret", "key")));
        return references;
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlaysPutEverythingInTheirNamespace(String kustomization) {
        String namespace = kustomization.endsWith("dev") ? "newsgraph-dev" : "newsgraph";
        List<Map<String, Object>> documents = render(kustomization);

        assertThat(find(documents, "Namespace", namespace)).isNotNull();
        documents.stream()
                .filter(d -> !"Namespace".equals(d.get("kind")))
                .forEach(
                        d ->
                                assertThat(Maps.string(d, "metadata", "namespace"))
                                        .as(StrictParser.id(d))
                                        .isEqualTo(namespace));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void nlpAndIngestScaleWithinWhatTheTopicAndTheBudgetsAllow(String kustomization) {
        List<Map<String, Object>> documents = render(kustomization);
        int partitions =
                (Integer)
                        Maps.at(
                                find(documents, "KafkaTopic", "article-entities"),
                                "spec",
                                "partitions");

        for (String name : List.of("nlp-service", "ingest-service")) {
            Map<String, Object> hpa = find(documents, "HorizontalPodAutoscaler", name);
            assertThat(Maps.string(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(Maps.string(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(name);
            assertThat((Integer) Maps.at(hpa, "spec", "maxReplicas"))
                    .isLessThanOrEqualTo(partitions);
        }
        // Every query-service replica is a consumer of the topic; a replica without a partition
        // idles.
        assertThat(
                        (Integer)
                                Maps.at(
                                        find(documents, "Deployment", "query-service"),
                                        "spec",
                                        "replicas"))
                .isLessThanOrEqualTo(partitions);
        for (String name : SERVICES) {
            Map<String, Object> pdb = find(documents, "PodDisruptionBudget", name);
            Map<String, Object> podLabels =
                    Maps.cast(
                            Maps.at(
                                    find(documents, "Deployment", name),
                                    "spec",
                                    "template",
                                    "metadata",
                                    "labels"));
            assertThat(podLabels)
                    .containsAllEntriesOf(
                            Maps.cast(Maps.at(pdb, "spec", "selector", "matchLabels")));
        }
    }

    @Test
    void devRunsOneOfEverythingAndProductionIsHighlyAvailable() {
        List<Map<String, Object>> dev = render("overlays/dev");
        List<Map<String, Object>> prod = render("overlays/prod");

        assertThat(Maps.at(find(dev, "KafkaNodePool", "dual-role"), "spec", "replicas"))
                .isEqualTo(1);
        assertThat(
                        Maps.at(
                                find(dev, "Kafka", "newsgraph-kafka"),
                                "spec",
                                "kafka",
                                "config",
                                "transaction.state.log.min.isr"))
                .isEqualTo(1);
        assertThat(Maps.at(find(dev, "Cluster", "newsgraph-pg"), "spec", "instances")).isEqualTo(1);
        assertThat(Maps.at(find(prod, "KafkaNodePool", "dual-role"), "spec", "replicas"))
                .isEqualTo(3);
        assertThat(Maps.at(find(prod, "KafkaTopic", "article-entities"), "spec", "replicas"))
                .isEqualTo(3);
        assertThat(Maps.at(find(prod, "Cluster", "newsgraph-pg"), "spec", "instances"))
                .isEqualTo(3);
        assertThat(
                        Maps.string(
                                find(prod, "Keycloak", "newsgraph-keycloak"),
                                "spec",
                                "http",
                                "tlsSecret"))
                .isNotBlank();
    }

    @Test
    void onlyIngestServiceReachesNlpServiceAndOnlyTheServicesReachKafkaAndPostgresql() {
        List<Map<String, Object>> documents = render("base");

        Map<String, Object> nlp = find(documents, "NetworkPolicy", "nlp-service-ingress");
        assertThat(Maps.at(nlp, "spec", "podSelector", "matchLabels"))
                .isEqualTo(Map.of("app.kubernetes.io/name", "nlp-service"));
        assertThat(podPeers(Maps.list(Maps.at(nlp, "spec", "ingress"))))
                .containsExactly("ingest-service");

        Map<String, Object> postgres = find(documents, "NetworkPolicy", "postgresql-ingress");
        assertThat(Maps.at(postgres, "spec", "podSelector", "matchLabels"))
                .isEqualTo(Map.of("cnpg.io/cluster", "newsgraph-pg"));
        assertThat(podPeers(Maps.list(Maps.at(postgres, "spec", "ingress"))))
                .containsExactlyInAnyOrder("ingest-service", "query-service");

        List<Object> listeners =
                Maps.list(
                        Maps.at(
                                find(documents, "Kafka", "newsgraph-kafka"),
                                "spec",
                                "kafka",
                                "listeners"));
        assertThat(listeners)
                .allSatisfy(
                        l ->
                                assertThat(Maps.list(Maps.cast(l).get("networkPolicyPeers")))
                                        .isNotEmpty());
        assertThat(
                        podPeers(
                                List.of(
                                        Map.of(
                                                "from",
                                                Maps.list(
                                                        Maps.cast(listeners.get(0))
                                                                .get("networkPolicyPeers"))))))
                .containsExactlyInAnyOrder("ingest-service", "query-service");
    }

    /**
     * Keycloak refuses to start with {@code hostname-backchannel-dynamic} unless its hostname is a
     * full URL, and a strict hostname needs one at all; production needs the dynamic back channel
     * so the services' in-cluster URL yields in-cluster token and JWKS endpoints.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void keycloakGetsAHostnameConfigurationItStartsWith(String kustomization) {
        Map<String, Object> hostname =
                Maps.cast(
                        Maps.at(
                                find(render(kustomization), "Keycloak", "newsgraph-keycloak"),
                                "spec",
                                "hostname"));
        Object url = hostname.get("hostname");
        if (Boolean.TRUE.equals(hostname.get("backchannelDynamic"))) {
            assertThat(String.valueOf(url))
                    .as("hostname with backchannelDynamic")
                    .matches("https?://.+");
        }
        if (!Boolean.FALSE.equals(hostname.get("strict"))) {
            assertThat(url).as("a strict hostname needs a hostname").isNotNull();
        }
        if (kustomization.endsWith("prod")) {
            assertThat(hostname.get("backchannelDynamic")).isEqualTo(true);
            assertThat(String.valueOf(url)).startsWith("https://");
        }
    }

    /**
     * The labels the Keycloak operator (26.x) puts on the pods of a Keycloak CR and on the pod of a
     * KeycloakRealmImport Job, which copies the server pod template but relabels {@code app}.
     */
    static Map<String, Object> keycloakPodLabels(String keycloak, boolean realmImportJob) {
        return Map.<String, Object>of(
                "app",
                realmImportJob ? "keycloak-realm-import" : "keycloak",
                "app.kubernetes.io/managed-by",
                "keycloak-operator",
                "app.kubernetes.io/instance",
                keycloak);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void keycloakAndItsRealmImportReachTheirDatabase(String kustomization) {
        List<Map<String, Object>> documents = render(kustomization);
        Map<String, Object> keycloak = find(documents, "Keycloak", "newsgraph-keycloak");
        Map<String, Object> realmImport = find(documents, "KeycloakRealmImport", "newsgraph-realm");
        String instance = Maps.string(realmImport, "spec", "keycloakCRName");
        assertThat(instance).isEqualTo(Maps.string(keycloak, "metadata", "name"));

        String cluster =
                Maps.string(find(documents, "Cluster", "newsgraph-pg"), "metadata", "name");
        assertThat(Maps.string(keycloak, "spec", "db", "host")).isEqualTo(cluster + "-rw");
        String database = Maps.string(keycloak, "spec", "db", "database");
        assertThat(ofKind(documents, "Database").stream().map(d -> Maps.string(d, "spec", "name")))
                .contains(database);

        List<Object> rules =
                Maps.list(
                        Maps.at(
                                find(documents, "NetworkPolicy", "postgresql-ingress"),
                                "spec",
                                "ingress"));
        for (boolean job : List.of(false, true)) {
            Map<String, Object> pod = keycloakPodLabels(instance, job);
            assertThat(rules)
                    .as("a 5432 rule admitting %s", pod)
                    .anySatisfy(
                            r -> {
                                Map<String, Object> rule = Maps.cast(r);
                                assertThat(Maps.list(rule.get("ports")))
                                        .anySatisfy(
                                                p ->
                                                        assertThat(Maps.cast(p).get("port"))
                                                                .isEqualTo(5432));
                                assertThat(Maps.list(rule.get("from")))
                                        .anySatisfy(
                                                f -> {
                                                    Map<String, Object> selector =
                                                            Maps.cast(
                                                                    Maps.at(
                                                                            Maps.cast(f),
                                                                            "podSelector",
                                                                            "matchLabels"));
                                                    assertThat(selector).isNotEmpty();
                                                    assertThat(pod)
                                                            .containsAllEntriesOf(
                                                                    Maps.cast(selector));
                                                });
                            });
        }
    }

    /**
     * PostgreSQL refuses connections beyond max_connections: the pools of every replica at the HPA
     * maxima (query-service at its manifest replicas), plus Keycloak's, must fit, with room for
     * replication and the operator.
     */
    @Test
    void postgresqlAcceptsTheConnectionsThePoolsMayOpen() {
        List<Map<String, Object>> documents = render("overlays/prod");
        Map<String, ServiceConfig> services = services();
        int budget = 10;
        for (String name : List.of("ingest-service", "query-service")) {
            ServiceConfig service = services.get(name);
            // Quarkus' defaults when a service does not set its pool sizes.
            int perReplica =
                    Integer.parseInt(service.prod("quarkus.datasource.reactive.max-size", "20"))
                            + Integer.parseInt(
                                    service.prod("quarkus.datasource.jdbc.max-size", "20"));
            Map<String, Object> hpa =
                    ManifestValidator.find(documents, "HorizontalPodAutoscaler", name);
            Object replicas =
                    hpa != null
                            ? Maps.at(hpa, "spec", "maxReplicas")
                            : Maps.at(find(documents, "Deployment", name), "spec", "replicas");
            budget += (Integer) replicas * perReplica;
        }
        Map<String, Object> keycloak = find(documents, "Keycloak", "newsgraph-keycloak");
        Object keycloakPool = Maps.at(keycloak, "spec", "db", "poolMaxSize");
        // Keycloak's default db-pool-max-size is 100.
        budget +=
                (Integer) Maps.at(keycloak, "spec", "instances")
                        * (keycloakPool == null ? 100 : (Integer) keycloakPool);

        Object maxConnections =
                Maps.at(
                        find(documents, "Cluster", "newsgraph-pg"),
                        "spec",
                        "postgresql",
                        "parameters",
                        "max_connections");
        assertThat(
                        Integer.parseInt(
                                String.valueOf(maxConnections == null ? "100" : maxConnections)))
                .isGreaterThanOrEqualTo(budget);
    }

    /**
     * Probes and Services reach a pod on its IP: each service must listen on all interfaces in
     * production. The ConfigMap's JAVA_OPTS_APPEND replaces the image's (which passes
     * -Dquarkus.http.host=0.0.0.0), so application.properties decides unless the ConfigMap says.
     */
    @Test
    void everyServiceListensOnThePodAddress() {
        List<Map<String, Object>> documents = render("overlays/prod");
        java.util.regex.Pattern hostFlag =
                java.util.regex.Pattern.compile("-Dquarkus\\.http\\.host=(\\S+)");
        for (Map.Entry<String, ServiceConfig> service : services().entrySet()) {
            Map<String, Object> config =
                    Maps.cast(
                            find(documents, "ConfigMap", service.getKey() + "-config").get("data"));
            java.util.regex.Matcher flag =
                    hostFlag.matcher(String.valueOf(config.get("JAVA_OPTS_APPEND")));
            // Quarkus listens on 0.0.0.0 in production unless told otherwise.
            String host =
                    flag.find()
                            ? flag.group(1)
                            : service.getValue().prod("quarkus.http.host", "0.0.0.0");
            assertThat(host).as(service.getKey()).isEqualTo("0.0.0.0");
        }
    }

    /** The newsgraph services named by the pod selectors of these ingress rules. */
    private static Set<String> podPeers(List<Object> rules) {
        Set<String> names = new HashSet<>();
        for (Object rule : rules) {
            for (Object peer : Maps.list(Maps.cast(rule).get("from"))) {
                Object name =
                        Maps.at(
                                Maps.cast(peer),
                                "podSelector",
                                "matchLabels",
                                "app.kubernetes.io/name");
                if (name != null) {
                    names.add(String.valueOf(name));
                }
            }
        }
        return names;
    }

    @Test
    void servicesAreWiredToThePlatformResourcesByTheirRealNames() {
        List<Map<String, Object>> documents = render("base");
        Map<String, Object> ingest =
                Maps.cast(find(documents, "ConfigMap", "ingest-service-config").get("data"));
        Map<String, Object> query =
                Maps.cast(find(documents, "ConfigMap", "query-service-config").get("data"));
        Map<String, Object> cluster = find(documents, "Cluster", "newsgraph-pg");
        Map<String, Object> kafka = find(documents, "Kafka", "newsgraph-kafka");
        Map<String, Object> listener =
                Maps.cast(Maps.list(Maps.at(kafka, "spec", "kafka", "listeners")).get(0));

        String bootstrap = "newsgraph-kafka-kafka-bootstrap:" + listener.get("port");
        assertThat(ingest.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(bootstrap);
        assertThat(query.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(bootstrap);
        assertThat(ingest.get("QUARKUS_GRPC_CLIENTS_NLP_HOST"))
                .isEqualTo(
                        Maps.string(find(documents, "Service", "nlp-service"), "metadata", "name"));
        assertThat(ingest.get("QUARKUS_GRPC_CLIENTS_NLP_PORT"))
                .isEqualTo(String.valueOf(services().get("nlp-service").httpPort()));

        String ingestDatabase = Maps.string(cluster, "spec", "bootstrap", "initdb", "database");
        String queryDatabase =
                Maps.string(find(documents, "Database", "newsgraph-query"), "spec", "name");
        assertThat(ingest.get("QUARKUS_DATASOURCE_REACTIVE_URL"))
                .isEqualTo("postgresql://newsgraph-pg-rw:5432/" + ingestDatabase);
        assertThat(ingest.get("QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://newsgraph-pg-rw:5432/" + ingestDatabase);
        assertThat(query.get("QUARKUS_DATASOURCE_REACTIVE_URL"))
                .isEqualTo("postgresql://newsgraph-pg-rw:5432/" + queryDatabase);
        assertThat(query.get("QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://newsgraph-pg-rw:5432/" + queryDatabase);
        assertThat(Set.of(ingestDatabase, queryDatabase))
                .containsExactlyInAnyOrder("newsgraph_ingest", "newsgraph_query");

        String realm =
                Maps.string(
                        find(documents, "KeycloakRealmImport", "newsgraph-realm"),
                        "spec",
                        "realm",
                        "realm");
        String issuer = "http://newsgraph-keycloak-service:8080/realms/" + realm;
        for (String service : SERVICES) {
            assertThat(
                            Maps.cast(find(documents, "ConfigMap", service + "-config").get("data"))
                                    .get("QUARKUS_OIDC_AUTH_SERVER_URL"))
                    .isEqualTo(issuer);
        }
    }

    /** The realm the production KeycloakRealmImport creates. */
    private static Map<String, Object> productionRealm() {
        return Maps.cast(
                Maps.at(
                        find(render("overlays/prod"), "KeycloakRealmImport", "newsgraph-realm"),
                        "spec",
                        "realm"));
    }

    @Test
    void everyProductionClientGetsTokensForTheAudienceEveryServiceRequires() {
        List<Map<String, Object>> prod = render("overlays/prod");
        Set<String> required = new HashSet<>();
        services()
                .forEach(
                        (name, service) -> {
                            // The ConfigMap's variable overrides application.properties.
                            Object configured =
                                    Maps.cast(find(prod, "ConfigMap", name + "-config").get("data"))
                                            .get("QUARKUS_OIDC_TOKEN_AUDIENCE");
                            required.add(
                                    configured != null
                                            ? String.valueOf(configured)
                                            : service.prod("quarkus.oidc.token.audience", null));
                        });
        assertThat(required).as("one audience for all services").hasSize(1).doesNotContainNull();
        String audience = required.iterator().next();

        Map<String, Object> realm = productionRealm();
        assertThat(Maps.list(realm.get("clients")))
                .isNotEmpty()
                .allSatisfy(
                        c -> {
                            Map<String, Object> client = Maps.cast(c);
                            assertThat(Maps.list(client.get("protocolMappers")))
                                    .as("audience mapper of %s", client.get("clientId"))
                                    .anySatisfy(
                                            m -> {
                                                Map<String, Object> mapper = Maps.cast(m);
                                                assertThat(mapper.get("protocolMapper"))
                                                        .isEqualTo("oidc-audience-mapper");
                                                assertThat(
                                                                Maps.cast(mapper.get("config"))
                                                                        .get(
                                                                                "included.custom.audience"))
                                                        .isEqualTo(audience);
                                            });
                        });
    }

    @Test
    void theProductionRealmHasTheDevRolesButNoUsersAndNoSecretValues() throws IOException {
        Map<String, Object> realm = productionRealm();
        JsonNode devRealm =
                new ObjectMapper()
                        .readTree(
                                Files.readString(
                                        REPOSITORY.resolve(
                                                "deploy/keycloak/newsgraph-realm.json")));
        Set<String> devRoles = new HashSet<>();
        devRealm.path("roles").path("realm").forEach(r -> devRoles.add(r.path("name").asText()));

        assertThat(
                        Maps.list(Maps.at(realm, "roles", "realm")).stream()
                                .map(r -> Maps.cast(r).get("name")))
                .containsExactlyInAnyOrderElementsOf(devRoles);
        assertThat(Maps.list(realm.get("users")))
                .allSatisfy(
                        u -> {
                            Map<String, Object> user = Maps.cast(u);
                            assertThat(user)
                                    .containsKey("serviceAccountClientId")
                                    .doesNotContainKey("credentials");
                            assertThat(user.get("username"))
                                    .isEqualTo(
                                            "service-account-"
                                                    + user.get("serviceAccountClientId"));
                        });
        assertThat(Maps.list(realm.get("clients")))
                .allSatisfy(
                        c -> {
                            Map<String, Object> client = Maps.cast(c);
                            assertThat(client.get("directAccessGrantsEnabled")).isNotEqualTo(true);
                            if (client.containsKey("secret")) {
                                assertThat(String.valueOf(client.get("secret")))
                                        .matches("\\$\\{[A-Z_]+}");
                            }
                        });
        Map<String, Object> ingestAccount =
                Maps.list(realm.get("users")).stream()
                        .map(Maps::cast)
                        .filter(u -> "ingest-service".equals(u.get("serviceAccountClientId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(Maps.list(ingestAccount.get("realmRoles"))).contains("annotate");
        assertThat(
                        Maps.list(realm.get("users")).stream()
                                .map(Maps::cast)
                                .filter(u -> Maps.list(u.get("realmRoles")).contains("annotate")))
                .hasSize(1);
    }

    @Test
    void eachServiceHasAJvmDockerfileRunningAsTheManifestsUser() throws IOException {
        List<Map<String, Object>> documents = render("base");
        for (String service : SERVICES) {
            String dockerfile =
                    Files.readString(
                            REPOSITORY.resolve(service + "/src/main/docker/Dockerfile.jvm"));
            Object user =
                    Maps.at(
                            find(documents, "Deployment", service),
                            "spec",
                            "template",
                            "spec",
                            "securityContext",
                            "runAsUser");

            assertThat(dockerfile)
                    .contains("target/quarkus-app/")
                    .contains("USER " + user)
                    .contains("EXPOSE " + services().get(service).httpPort());
        }
    }
}
