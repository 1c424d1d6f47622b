package io.newsgraph.ingest.grpc;

import static io.newsgraph.ingest.Submissions.ingestToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.ingest.ArticleEvents;
import io.newsgraph.ingest.IngestGrpc;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.ingest.v1.ArticleStatus;
import io.newsgraph.proto.ingest.v1.GetArticleStatusRequest;
import io.newsgraph.proto.ingest.v1.MutinyIngestServiceGrpc.MutinyIngestServiceStub;
import io.newsgraph.proto.ingest.v1.SubmitArticleRequest;
import io.newsgraph.proto.ingest.v1.SubmitArticleResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gRPC intake, called with generated stubs over the port REST also uses. */
@QuarkusTest
class IngestGrpcServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static ArticleEvents events;
    private IngestGrpc grpc;

    @BeforeAll
    static void subscribe() {
        events = ArticleEvents.subscribe();
    }

    @AfterAll
    static void unsubscribe() {
        events.close();
    }

    @BeforeEach
    void connect() {
        grpc = new IngestGrpc();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        grpc.close();
    }

    @Test
    void submittedArticleIsAcknowledgedThenPublished() {
        MutinyIngestServiceStub ingest = grpc.stub(ingestToken());
        SubmitArticleRequest request =
                article("Marco Rubio rencontre Emmanuel Macron à Paris.").toBuilder()
                        .setPublishedAt(Timestamp.newBuilder().setSeconds(1742463000L))
                        .build();

        SubmitArticleResponse accepted = ingest.submitArticle(request).await().atMost(TIMEOUT);
        assertThat(accepted.getId()).isNotBlank();
        assertThat(accepted.getStatus()).isEqualTo(io.newsgraph.proto.ingest.v1.Status.RECEIVED);
        assertThat(accepted.getRevision()).isEqualTo(1);
        assertThat(accepted.getChanged()).isTrue();

        GetArticleStatusRequest statusRequest =
                GetArticleStatusRequest.newBuilder().setId(accepted.getId()).build();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                ingest.getArticleStatus(statusRequest)
                                                .await()
                                                .atMost(TIMEOUT)
                                                .getStatus()
                                        == io.newsgraph.proto.ingest.v1.Status.PUBLISHED);
        ArticleStatus status = ingest.getArticleStatus(statusRequest).await().atMost(TIMEOUT);
        assertThat(status.getLanguage()).isEqualTo("fr");
        assertThat(status.getError()).isEmpty();

        ArticleEntitiesEvent event =
                ArticleEvents.parse(events.awaitRecords(accepted.getId(), 1).get(0));
        assertThat(event.getPublishedAt().getSeconds()).isEqualTo(1742463000L);
        assertThat(event.getEntitiesList())
                .extracting(io.newsgraph.proto.nlp.v1.Entity::getName)
                .containsExactlyInAnyOrder("Marco Rubio", "Emmanuel Macron", "Paris");

        SubmitArticleResponse again = ingest.submitArticle(request).await().atMost(TIMEOUT);
        assertThat(again.getId()).isEqualTo(accepted.getId());
        assertThat(again.getRevision()).isEqualTo(1);
        assertThat(again.getChanged()).isFalse();
        assertThat(again.getStatus()).isEqualTo(io.newsgraph.proto.ingest.v1.Status.PUBLISHED);
    }

    @Test
    void invalidArticleIsInvalidArgumentWithFieldViolations()
            throws InvalidProtocolBufferException {
        SubmitArticleRequest request =
                SubmitArticleRequest.newBuilder()
                        .setBody("Texte sans titre.")
                        .setLanguage("xx")
                        .setUrl("ftp://example.org/a")
                        .build();
        Throwable failure =
                org.assertj.core.api.Assertions.catchThrowable(
                        () ->
                                grpc.stub(ingestToken())
                                        .submitArticle(request)
                                        .await()
                                        .atMost(TIMEOUT));

        assertThat(failure).isInstanceOf(StatusRuntimeException.class);
        assertThat(Status.fromThrowable(failure).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        com.google.rpc.Status details = StatusProto.fromThrowable(failure);
        assertThat(details).isNotNull();
        BadRequest badRequest = details.getDetails(0).unpack(BadRequest.class);
        assertThat(badRequest.getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField)
                .containsExactly("language", "title", "url");
    }

    @Test
    void streamAnswersEveryArticleInOrderAndGoesOnAfterARejection() {
        SubmitArticleRequest first = article("Emmanuel Macron à Paris.");
        SubmitArticleRequest rejected = article("Texte.").toBuilder().setTitle("").build();
        SubmitArticleRequest second = article("Steve Witkoff en Ukraine.");

        List<SubmitArticleResponse> responses =
                grpc.stub(ingestToken())
                        .submitArticles(Multi.createFrom().items(first, rejected, second, first))
                        .collect()
                        .asList()
                        .await()
                        .atMost(TIMEOUT);

        assertThat(responses).hasSize(4);
        assertThat(responses.get(0).getId()).isNotBlank();
        assertThat(responses.get(0).getChanged()).isTrue();
        assertThat(responses.get(1).getId()).isEmpty();
        assertThat(responses.get(1).getError()).contains("title");
        assertThat(responses.get(2).getId()).isNotBlank().isNotEqualTo(responses.get(0).getId());
        assertThat(responses.get(3).getId()).isEqualTo(responses.get(0).getId());
        assertThat(responses.get(3).getChanged()).isFalse();

        assertThat(events.awaitRecords(responses.get(0).getId(), 1)).hasSize(1);
        assertThat(events.awaitRecords(responses.get(2).getId(), 1)).hasSize(1);
    }

    @Test
    void unknownArticleIsNotFound() {
        assertThatThrownBy(
                        () ->
                                grpc.stub(ingestToken())
                                        .getArticleStatus(
                                                GetArticleStatusRequest.newBuilder()
                                                        .setId(UUID.randomUUID().toString())
                                                        .build())
                                        .await()
                                        .atMost(TIMEOUT))
                .satisfies(
                        failure ->
                                assertThat(Status.fromThrowable(failure).getCode())
                                        .isEqualTo(Status.Code.NOT_FOUND));
    }

    private static SubmitArticleRequest article(String body) {
        return SubmitArticleRequest.newBuilder()
                .setExternalId("grpc-" + UUID.randomUUID())
                .setSource("grpc-feed")
                .setTitle("Dépêche gRPC")
                .setBody(body)
                .setLanguage("fr")
                .build();
    }
}
