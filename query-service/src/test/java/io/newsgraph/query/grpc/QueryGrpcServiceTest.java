package io.newsgraph.query.grpc;

import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static io.newsgraph.query.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.query.v1.Article;
import io.newsgraph.proto.query.v1.GetArticleRequest;
import io.newsgraph.proto.query.v1.MutinyQueryServiceGrpc;
import io.newsgraph.proto.query.v1.SearchEntitiesRequest;
import io.newsgraph.proto.query.v1.SearchEntitiesResponse;
import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueryGrpcServiceTest extends QueryServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ManagedChannel channel;

    @BeforeEach
    void connect() {
        // gRPC shares the HTTP port, which tests pick at random.
        channel =
                ManagedChannelBuilder.forAddress("localhost", RestAssured.port)
                        .usePlaintext()
                        .build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void searchesEntitiesAndReadsAnArticle() {
        String person = unique("Marco Rubio");
        String surname = person.substring("Marco ".length());
        String text = person + " spoke. " + surname + " left.";
        String id =
                article("Rubio speaks", text)
                        .entity(person, PERSON, 0.8, person, surname)
                        .send()
                        .id();
        awaitArticle(id, 1);

        SearchEntitiesResponse found =
                stub(TestTokens.accessToken("bob", "reader"))
                        .searchEntities(
                                SearchEntitiesRequest.newBuilder()
                                        .setQ(surname.toUpperCase())
                                        .setType(EntityType.PERSON)
                                        .build())
                        .await()
                        .atMost(TIMEOUT);
        assertThat(found.getItemsList()).hasSize(1);
        assertThat(found.getItems(0).getName()).isEqualTo(person);
        assertThat(found.getItems(0).getType()).isEqualTo(EntityType.PERSON);
        assertThat(found.getItems(0).getAliasesList()).containsExactly(surname);
        assertThat(found.getItems(0).getArticleCount()).isEqualTo(1);
        assertThat(found.getItems(0).getMentionCount()).isEqualTo(2);
        assertThat(found.getItems(0).getFirstSeen().getSeconds()).isPositive();
        assertThat(found.getNext()).isEmpty();

        Article article =
                stub(TestTokens.accessToken("bob", "reader"))
                        .getArticle(GetArticleRequest.newBuilder().setId(id).build())
                        .await()
                        .atMost(TIMEOUT);
        assertThat(article.getId()).isEqualTo(id);
        assertThat(article.getTitle()).isEqualTo("Rubio speaks");
        assertThat(article.getRevision()).isEqualTo(1);
        assertThat(article.getEntitiesList()).hasSize(1);
        assertThat(article.getEntities(0).getId()).isEqualTo(found.getItems(0).getId());
        assertThat(article.getEntities(0).getNameInArticle()).isEqualTo(person);
        assertThat(article.getEntities(0).getMentionsList())
                .extracting(m -> text.substring(m.getBegin(), m.getEnd()))
                .containsExactly(person, surname);
    }

    @Test
    void failuresUseTheMatchingStatus() {
        var reader = stub(TestTokens.accessToken("bob", "reader"));

        assertThat(
                        status(
                                () ->
                                        reader.getArticle(
                                                        GetArticleRequest.newBuilder()
                                                                .setId(UUID.randomUUID().toString())
                                                                .build())
                                                .await()
                                                .atMost(TIMEOUT)))
                .isEqualTo(Status.Code.NOT_FOUND);

        StatusRuntimeException invalid =
                failure(
                        () ->
                                reader.getArticle(
                                                GetArticleRequest.newBuilder()
                                                        .setId("nope")
                                                        .build())
                                        .await()
                                        .atMost(TIMEOUT));
        assertThat(invalid.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(fieldViolations(invalid)).containsExactly("id");

        StatusRuntimeException badLimit =
                failure(
                        () ->
                                reader.searchEntities(
                                                SearchEntitiesRequest.newBuilder()
                                                        .setLimit(1000)
                                                        .build())
                                        .await()
                                        .atMost(TIMEOUT));
        assertThat(fieldViolations(badLimit)).containsExactly("limit");

        assertThat(
                        status(
                                () ->
                                        stub(null)
                                                .searchEntities(
                                                        SearchEntitiesRequest.getDefaultInstance())
                                                .await()
                                                .atMost(TIMEOUT)))
                .isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(
                        status(
                                () ->
                                        stub(TestTokens.expired("bob", "reader"))
                                                .searchEntities(
                                                        SearchEntitiesRequest.getDefaultInstance())
                                                .await()
                                                .atMost(TIMEOUT)))
                .isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(
                        status(
                                () ->
                                        stub(TestTokens.accessToken("bob", "ingest"))
                                                .searchEntities(
                                                        SearchEntitiesRequest.getDefaultInstance())
                                                .await()
                                                .atMost(TIMEOUT)))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    private MutinyQueryServiceGrpc.MutinyQueryServiceStub stub(String token) {
        MutinyQueryServiceGrpc.MutinyQueryServiceStub stub =
                MutinyQueryServiceGrpc.newMutinyStub(channel);
        if (token == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(
                Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static Status.Code status(Runnable call) {
        return failure(call).getStatus().getCode();
    }

    private static StatusRuntimeException failure(Runnable call) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(call::run)
                .satisfies(t -> thrown[0] = t)
                .isInstanceOf(StatusRuntimeException.class);
        return (StatusRuntimeException) thrown[0];
    }

    private static java.util.List<String> fieldViolations(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status).isNotNull();
        return status.getDetailsList().stream()
                .filter(any -> any.is(BadRequest.class))
                .flatMap(
                        any -> {
                            try {
                                return any
                                        .unpack(BadRequest.class)
                                        .getFieldViolationsList()
                                        .stream();
                            } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
                                throw new IllegalStateException(ex);
                            }
                        })
                .map(BadRequest.FieldViolation::getField)
                .toList();
    }
}
