package io.newsgraph.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure the validator exists for, proven on a small inline manifest. */
class ManifestValidatorTest {

    private static final ServiceConfig DEMO =
            ServiceConfig.of(
                    "demo-service",
                    "quarkus.http.port=8090\n"
                            + "quarkus.datasource.password=\n"
                            + "kafka.bootstrap.servers=localhost:9092\n",
                    "<dependency><artifactId>quarkus-smallrye-health</artifactId></dependency>");

    private static final String DEPLOYMENT =
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo-service
            spec:
              replicas: 2
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: demo-service
                      image: ghcr.io/newsgraph/demo-service:0.1.0
                      ports:
                        - {name: http, containerPort: 8090}
                      env:
                        - name: KAFKA_BOOTSTRAP_SERVERS
                          value: kafka:9092
                        - name: QUARKUS_DATASOURCE_PASSWORD
                          valueFrom:
                            secretKeyRef: {name: demo-db, key: password}
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: 500m, memory: 256Mi}
                      startupProbe:
                        httpGet: {path: /q/health/started, port: http}
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: http}
                      livenessProbe:
                        httpGet: {path: /q/health/live, port: 8090}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
                      volumeMounts:
                        - {name: tmp, mountPath: /tmp}
                  volumes:
                    - name: tmp
                      emptyDir: {}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: demo-service
            spec:
              selector: {app: demo}
              ports:
                - {name: http, port: 8090, targetPort: http}
            """;

    private static List<String> validate(String manifests) {
        return new ManifestValidator(Map.of("demo-service", DEMO), "0.1.0")
                .validate(Yaml.documents(manifests));
    }

    @Test
    void aManifestThatFollowsEveryRulePasses() {
        assertThat(validate(DEPLOYMENT)).isEmpty();
    }

    @Test
    void anUnknownFieldIsReported() {
        String manifest = DEPLOYMENT.replace("  replicas: 2\n", "  replicas: 2\n  replica: 3\n");

        assertThat(validate(manifest))
                .singleElement()
                .asString()
                .contains("Deployment/demo-service", "unknown field", "replica");
    }

    @Test
    void anUnknownFieldDeepInsideAContainerIsReported() {
        String manifest =
                DEPLOYMENT.replace(
                        "httpGet: {path: /q/health/ready, port: http}",
                        "httpGet: {path: /q/health/ready, port: http, pathh: /x}");

        assertThat(validate(manifest))
                .singleElement()
                .asString()
                .contains("unknown field", "pathh", "readinessProbe");
    }

    @Test
    void aValueOfTheWrongTypeIsReported() {
        assertThat(validate(DEPLOYMENT.replace("replicas: 2", "replicas: two")))
                .anySatisfy(
                        p -> assertThat(p).contains("Deployment/demo-service", "does not parse"));
    }

    @Test
    void aMissingLimitIsReported() {
        String manifest =
                DEPLOYMENT.replace("limits: {cpu: 500m, memory: 256Mi}", "limits: {cpu: 500m}");

        assertThat(validate(manifest))
                .containsExactly(
                        "Deployment/demo-service container demo-service: no memory in"
                                + " resources.limits");
    }

    @Test
    void aProbePathTheServiceDoesNotServeIsReported() {
        String manifest = DEPLOYMENT.replace("path: /q/health/live", "path: /health/live");

        assertThat(validate(manifest))
                .singleElement()
                .asString()
                .contains("livenessProbe path /health/live is not served by demo-service");
    }

    @Test
    void aProbeOnAnotherPortIsReported() {
        assertThat(validate(DEPLOYMENT.replace("port: 8090}", "port: 8080}")))
                .singleElement()
                .asString()
                .contains("livenessProbe port 8080");
    }

    @Test
    void anUnpinnedImageIsReported() {
        String manifest = DEPLOYMENT.replace("demo-service:0.1.0", "demo-service:latest");

        assertThat(validate(manifest))
                .anySatisfy(p -> assertThat(p).contains("not pinned to a version"));
    }

    @Test
    void anInlinedSecretIsReported() {
        String manifest =
                DEPLOYMENT.replace(
                        "valueFrom:\n                secretKeyRef: {name: demo-db, key: password}",
                        "value: hunter2");

        assertThat(validate(manifest))
                .singleElement()
                .asString()
                .contains("QUARKUS_DATASOURCE_PASSWORD must come from a secretKeyRef");
    }

    @Test
    void aWritableRootFilesystemIsReported() {
        assertThat(
                        validate(
                                DEPLOYMENT.replace(
                                        "readOnlyRootFilesystem: true",
                                        "readOnlyRootFilesystem: false")))
                .singleElement()
                .asString()
                .contains("root filesystem must be read-only");
    }

    @Test
    void anEnvironmentVariableTheServiceDoesNotDeclareIsReported() {
        String manifest =
                DEPLOYMENT.replace("name: KAFKA_BOOTSTRAP_SERVERS", "name: KAFKA_BOOTSTRAP_SERVER");

        assertThat(validate(manifest))
                .singleElement()
                .asString()
                .contains("KAFKA_BOOTSTRAP_SERVER sets nothing");
    }

    @Test
    void anUnknownFieldInAStrimziResourceIsReported() {
        String topic =
                """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: article-entities
                  labels: {strimzi.io/cluster: newsgraph-kafka}
                spec:
                  partitions: 12
                  replica: 3
                """;

        assertThat(new StrictParser().problems(Yaml.documents(topic).get(0)))
                .singleElement()
                .asString()
                .contains("KafkaTopic/article-entities", "unknown field", "replica");
        assertThat(
                        new StrictParser()
                                .problems(
                                        Yaml.documents(topic.replace("replica:", "replicas:"))
                                                .get(0)))
                .isEmpty();
    }

    @Test
    void anUnknownFieldInAnOperatorResourceWithoutJavaModelIsReported() {
        String cluster =
                """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: newsgraph-pg}
                spec:
                  instance: 3
                  storage: {size: 1Gi}
                """;

        assertThat(new StrictParser().problems(Yaml.documents(cluster).get(0)))
                .containsExactly("Cluster/newsgraph-pg: unknown field spec.instance");
    }

    @Test
    void kustomizeRefusesFieldsAndPatchesItCannotRenderFaithfully(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("demo.yaml"), DEPLOYMENT);
        Files.writeString(
                directory.resolve("kustomization.yaml"),
                "resources: [demo.yaml]\ncommonLabels: {a: b}\n");
        assertThatThrownBy(() -> Kustomize.render(directory)).hasMessageContaining("commonLabels");

        Files.writeString(
                directory.resolve("patch.yaml"),
                "- {op: replace, path: /spec/replica, value: 1}\n");
        Files.writeString(
                directory.resolve("kustomization.yaml"),
                "resources: [demo.yaml]\n"
                        + "patches:\n"
                        + "  - path: patch.yaml\n"
                        + "    target: {kind: Deployment}\n");
        assertThatThrownBy(() -> Kustomize.render(directory))
                .hasMessageContaining("does not exist");
    }

    @Test
    void kustomizeAppliesNamespaceLabelsImagesAndPatches(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("demo.yaml"), DEPLOYMENT);
        Files.writeString(
                directory.resolve("patch.yaml"),
                "- {op: replace, path: /spec/replicas, value: 1}\n");
        Files.writeString(
                directory.resolve("kustomization.yaml"),
                """
                namespace: demo
                labels:
                  - pairs: {team: news}
                    includeTemplates: true
                images:
                  - {name: ghcr.io/newsgraph/demo-service, newTag: 0.2.0}
                resources: [demo.yaml]
                patches:
                  - path: patch.yaml
                    target: {kind: Deployment, name: demo-service}
                """);

        Map<String, Object> deployment = Kustomize.render(directory).get(0);

        assertThat(Maps.at(deployment, "metadata", "namespace")).isEqualTo("demo");
        assertThat(Maps.at(deployment, "spec", "replicas")).isEqualTo(1);
        assertThat(Maps.at(deployment, "spec", "template", "metadata", "labels", "team"))
                .isEqualTo("news");
        assertThat(Maps.at(deployment, "spec", "selector", "matchLabels"))
                .isEqualTo(Map.of("app", "demo"));
        assertThat(Workloads.containers(deployment).get(0).get("image"))
                .isEqualTo("ghcr.io/newsgraph/demo-service:0.2.0");
    }

    @Test
    void credentialsAreSecretLikeButSettingsAboutTokensAreNot() {
        assertThat(
                        List.of(
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET",
                                "GITHUB_TOKEN",
                                "TOKEN",
                                "SIGNING_PRIVATE_KEY",
                                "MAPS_API_KEY"))
                .allMatch(ManifestValidator::looksSecret);
        assertThat(
                        List.of(
                                "QUARKUS_OIDC_TOKEN_AUDIENCE",
                                "QUARKUS_OIDC_AUTH_SERVER_URL",
                                "KAFKA_BOOTSTRAP_SERVERS"))
                .noneMatch(ManifestValidator::looksSecret);
    }
}
