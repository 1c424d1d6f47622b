package io.newsgraph.nlp.annotation;

import static io.newsgraph.nlp.NlpTestClient.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.BadRequest;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource("/")
    URL server;

    @Inject ArticleAnnotator annotator;

    @Inject MeterRegistry registry;

    private NlpTestClient client;

    @BeforeEach
    void connect() {
        NlpTestClient.awaitModelsLoaded();
        client =
                NlpTestClient.withToken(
                        server, TestTokens.accessToken("ingest-service", "annotate"));
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        client.close();
    }

    @Test
    void textOverTheLimitIsInvalidArgumentOnText() {
        String tooLong = "a".repeat(1_000_001);

        StatusRuntimeException failure = failureOf(AnnotateRequest.newBuilder().setText(tooLong));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(failure)).containsExactly("text");
        assertThat(failure.getStatus().getDescription()).contains("1000000");
    }

    @Test
    void emptyTextIsInvalidArgumentOnText() {
        StatusRuntimeException failure = failureOf(AnnotateRequest.newBuilder().setText(" \n "));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(failure)).containsExactly("text");
    }

    @Test
    void malformedLanguageHintIsInvalidArgumentOnLanguageHint() {
        for (String hint : List.of("fra", "f", "xx", "fr-FR", "12")) {
            StatusRuntimeException failure =
                    failureOf(
                            AnnotateRequest.newBuilder()
                                    .setText("Emmanuel Macron est à Paris.")
                                    .setLanguageHint(hint));

            assertThat(failure.getStatus().getCode())
                    .as(hint)
                    .isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(violatedFields(failure)).as(hint).containsExactly("language_hint");
        }
    }

    @Test
    void workWhoseDeadlineAlreadyPassedIsNotStarted() {
        AnnotateRequest request =
                AnnotateRequest.newBuilder().setText(article("fr-paris-ukraine-talks.txt")).build();
        long annotatedBefore = annotationsRecorded();

        Throwable failure =
                annotator
                        .annotate(request, Deadline.after(0, TimeUnit.NANOSECONDS))
                        .onItemOrFailure()
                        .transform((response, error) -> error)
                        .await()
                        .atMost(Duration.ofSeconds(5));

        assertThat(failure).isNotNull();
        assertThat(Status.fromThrowable(failure).getCode())
                .isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(annotationsRecorded()).as("no annotation ran").isEqualTo(annotatedBefore);
    }

    @Test
    void serverStopsWaitingWhenTheCallersDeadlinePasses() {
        String longArticle = article("fr-paris-ukraine-talks.txt").repeat(8);
        double before = registry.counter("newsgraph.nlp.deadlines.exceeded").count();
        long annotatedBefore = annotationsRecorded();

        StatusRuntimeException failure =
                catchThrowableOfType(
                        StatusRuntimeException.class,
                        () ->
                                client.stub()
                                        .withDeadlineAfter(150, TimeUnit.MILLISECONDS)
                                        .annotate(
                                                AnnotateRequest.newBuilder()
                                                        .setText(longArticle)
                                                        .build())
                                        .await()
                                        .atMost(Duration.ofSeconds(30)));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        // The server saw the deadline too (grpc-timeout header), not only the client.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> registry.counter("newsgraph.nlp.deadlines.exceeded").count() > before);
        // CoreNLP cannot be interrupted mid-article: let the abandoned run end before other tests.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> annotationsRecorded() > annotatedBefore);
    }

    private long annotationsRecorded() {
        return registry.find("newsgraph.nlp.annotations").timers().stream()
                .mapToLong(timer -> timer.count())
                .sum();
    }

    private StatusRuntimeException failureOf(AnnotateRequest.Builder request) {
        return catchThrowableOfType(
                StatusRuntimeException.class, () -> client.annotate(request.build()));
    }

    private static List<String> violatedFields(StatusRuntimeException failure) {
        com.google.rpc.Status status = StatusProto.fromThrowable(failure);
        assertThat(status).as("google.rpc.Status details").isNotNull();
        return status.getDetailsList().stream()
                .filter(any -> any.is(BadRequest.class))
                .map(
                        any -> {
                            try {
                                return any.unpack(BadRequest.class);
                            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                                throw new AssertionError(e);
                            }
                        })
                .flatMap(badRequest -> badRequest.getFieldViolationsList().stream())
                .map(BadRequest.FieldViolation::getField)
                .toList();
    }
}
