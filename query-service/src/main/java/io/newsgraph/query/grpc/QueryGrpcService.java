package io.newsgraph.query.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.proto.query.v1.Article;
import io.newsgraph.proto.query.v1.ArticleEntity;
import io.newsgraph.proto.query.v1.EntitySummary;
import io.newsgraph.proto.query.v1.GetArticleRequest;
import io.newsgraph.proto.query.v1.QueryService;
import io.newsgraph.proto.query.v1.SearchEntitiesRequest;
import io.newsgraph.proto.query.v1.SearchEntitiesResponse;
import io.newsgraph.query.api.ProblemException;
import io.newsgraph.query.api.QueryParameters;
import io.newsgraph.query.api.Violation;
import io.newsgraph.query.article.ArticleService;
import io.newsgraph.query.article.ArticleView;
import io.newsgraph.query.entity.EntitySearch;
import io.newsgraph.query.entity.EntityService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** The entity graph for integrations: the same answers as the REST API, over gRPC. */
@GrpcService
@RolesAllowed("reader")
public class QueryGrpcService implements QueryService {

    private static final Logger LOG = Logger.getLogger(QueryGrpcService.class);

    private final EntityService entities;
    private final ArticleService articles;

    public QueryGrpcService(EntityService entities, ArticleService articles) {
        this.entities = entities;
        this.articles = articles;
    }

    @Override
    public Uni<SearchEntitiesResponse> searchEntities(SearchEntitiesRequest request) {
        return call(
                () -> {
                    String type =
                            switch (request.getType()) {
                                case ENTITY_TYPE_UNSPECIFIED -> null;
                                case UNRECOGNIZED -> "UNRECOGNIZED";
                                default -> request.getType().name();
                            };
                    EntitySearch search =
                            EntitySearch.of(
                                    request.getQ(),
                                    type,
                                    request.getLimit() == 0
                                            ? null
                                            : String.valueOf(request.getLimit()),
                                    request.getCursor());
                    return entities.search(search)
                            .map(
                                    page ->
                                            SearchEntitiesResponse.newBuilder()
                                                    .addAllItems(
                                                            page.items().stream()
                                                                    .map(QueryGrpcService::summary)
                                                                    .toList())
                                                    .setNext(page.next() == null ? "" : page.next())
                                                    .build());
                });
    }

    @Override
    public Uni<Article> getArticle(GetArticleRequest request) {
        return call(
                () -> {
                    QueryParameters params = new QueryParameters();
                    UUID id = params.uuid("id", request.getId());
                    params.validate();
                    return articles.get(id).map(QueryGrpcService::article);
                });
    }

    /** Runs a query, turning validation and lookup failures into the matching gRPC status. */
    private static <T> Uni<T> call(Supplier<Uni<T>> query) {
        Uni<T> result;
        try {
            result = query.get();
        } catch (ProblemException e) {
            return Uni.createFrom().failure(status(e));
        }
        return result.onFailure(ProblemException.class)
                .transform(e -> status((ProblemException) e));
    }

    private static StatusRuntimeException status(ProblemException problem) {
        if (problem.status() == 404) {
            return Status.NOT_FOUND.withDescription(problem.getMessage()).asRuntimeException();
        }
        if (problem.status() == 400) {
            BadRequest.Builder badRequest = BadRequest.newBuilder();
            for (Violation violation : problem.violations()) {
                badRequest.addFieldViolations(
                        BadRequest.FieldViolation.newBuilder()
                                .setField(violation.field())
                                .setDescription(violation.message()));
            }
            return StatusProto.toStatusRuntimeException(
                    com.google.rpc.Status.newBuilder()
                            .setCode(Code.INVALID_ARGUMENT_VALUE)
                            .setMessage(problem.getMessage())
                            .addDetails(Any.pack(badRequest.build()))
                            .build());
        }
        LOG.errorf(problem, "unexpected problem %d", problem.status());
        return Status.INTERNAL.withDescription(problem.getMessage()).asRuntimeException();
    }

    private static EntitySummary summary(io.newsgraph.query.entity.EntitySummary entity) {
        EntitySummary.Builder builder =
                EntitySummary.newBuilder()
                        .setId(entity.id().toString())
                        .setName(entity.name())
                        .setType(entity.type().toProto())
                        .addAllAliases(entity.aliases())
                        .setArticleCount(entity.articleCount())
                        .setMentionCount(entity.mentionCount());
        if (entity.firstSeen() != null) {
            builder.setFirstSeen(timestamp(entity.firstSeen()));
        }
        if (entity.lastSeen() != null) {
            builder.setLastSeen(timestamp(entity.lastSeen()));
        }
        return builder.build();
    }

    private static Article article(ArticleView view) {
        Article.Builder builder =
                Article.newBuilder()
                        .setId(view.id().toString())
                        .setTitle(nullToEmpty(view.title()))
                        .setUrl(nullToEmpty(view.url()))
                        .setSource(nullToEmpty(view.source()))
                        .setLanguage(nullToEmpty(view.language()))
                        .setRevision(view.revision());
        if (view.publishedAt() != null) {
            builder.setPublishedAt(timestamp(view.publishedAt()));
        }
        for (ArticleView.EntityInArticle entity : view.entities()) {
            ArticleEntity.Builder entityBuilder =
                    ArticleEntity.newBuilder()
                            .setId(entity.id().toString())
                            .setName(entity.name())
                            .setNameInArticle(entity.nameInArticle())
                            .setType(entity.type().toProto())
                            .setSalience(entity.salience());
            for (ArticleView.MentionView mention : entity.mentions()) {
                entityBuilder.addMentions(
                        Mention.newBuilder()
                                .setBegin(mention.begin())
                                .setEnd(mention.end())
                                .setText(mention.text()));
            }
            builder.addEntities(entityBuilder);
        }
        return builder.build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder()
                .setSeconds(instant.getEpochSecond())
                .setNanos(instant.getNano())
                .build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
