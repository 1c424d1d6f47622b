package io.newsgraph.nlp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc;
import io.newsgraph.proto.nlp.v1.MutinyNlpServiceGrpc.MutinyNlpServiceStub;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A gRPC channel to the nlp-service under test, as a caller holding some token would open it. */
public final class NlpTestClient implements AutoCloseable {

    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedChannel channel;
    private final MutinyNlpServiceStub stub;

    private NlpTestClient(URL server, String token) {
        channel =
                ManagedChannelBuilder.forAddress(server.getHost(), server.getPort())
                        .usePlaintext()
                        .maxInboundMessageSize(16 * 1024 * 1024)
                        .build();
        MutinyNlpServiceStub plain = MutinyNlpServiceGrpc.newMutinyStub(channel);
        if (token == null) {
            stub = plain;
        } else {
            Metadata headers = new Metadata();
            headers.put(
                    Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + token);
            stub = plain.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        }
    }

    public static NlpTestClient withToken(URL server, String token) {
        return new NlpTestClient(server, token);
    }

    public static NlpTestClient anonymous(URL server) {
        return new NlpTestClient(server, null);
    }

    public MutinyNlpServiceStub stub() {
        return stub;
    }

    public AnnotateResponse annotate(AnnotateRequest request) {
        return stub.annotate(request).await().atMost(CALL_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Waits for readiness: the models load after the HTTP port opens. */
    public static void awaitModelsLoaded() {
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
    }

    public static String article(String name) {
        try (InputStream in =
                NlpTestClient.class.getClassLoader().getResourceAsStream("articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Entity> entity(AnnotateResponse response, String name) {
        return response.getEntitiesList().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst();
    }

    public static Entity requireEntity(AnnotateResponse response, String name) {
        return entity(response, name)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no entity named "
                                                + name
                                                + " in "
                                                + response.getEntitiesList().stream()
                                                        .map(Entity::getName)
                                                        .toList()));
    }

    public static List<String> mentionTexts(Entity entity) {
        return entity.getMentionsList().stream().map(Mention::getText).toList();
    }

    /** Every mention is the exact UTF-16 substring of the request text at [begin, end). */
    public static void assertOffsetsExact(String text, AnnotateResponse response) {
        for (Entity entity : response.getEntitiesList()) {
            for (Mention mention : entity.getMentionsList()) {
                assertThat(mention.getBegin()).isBetween(0, mention.getEnd() - 1);
                assertThat(mention.getEnd()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(mention.getBegin(), mention.getEnd()))
                        .as("mention of %s", entity.getName())
                        .isEqualTo(mention.getText());
            }
        }
    }
}
