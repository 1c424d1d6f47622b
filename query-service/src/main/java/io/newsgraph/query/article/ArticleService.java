package io.newsgraph.query.article;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers readers' questions about articles: one article with its entities, and listings. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @WithSession
    public Uni<ArticleView> get(UUID id) {
        return articles.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No article with id " + id + "."))
                .chain(
                        article ->
                                articles.entitiesOf(id)
                                        .chain(
                                                entities ->
                                                        articles.mentionsOf(id)
                                                                .map(
                                                                        mentions ->
                                                                                view(
                                                                                        article,
                                                                                        entities,
                                                                                        mentions))));
    }

    @WithSession
    public Uni<Page<ArticleSummary>> list(ArticleListing listing) {
        return articles.list(listing)
                .map(
                        rows ->
                                Page.of(
                                        rows,
                                        listing.limit(),
                                        last -> listing.cursorOf(last.seenAt(), last.id())));
    }

    private static ArticleView view(
            Article article, List<ArticleEntityRow> entities, List<MentionRow> mentions) {
        Map<UUID, List<ArticleView.MentionView>> mentionsByEntity = new LinkedHashMap<>();
        for (MentionRow mention : mentions) {
            mentionsByEntity
                    .computeIfAbsent(mention.entityId(), id -> new ArrayList<>())
                    .add(
                            new ArticleView.MentionView(
                                    mention.begin(), mention.end(), mention.text()));
        }
        List<ArticleView.EntityInArticle> views =
                entities.stream()
                        .map(
                                entity ->
                                        new ArticleView.EntityInArticle(
                                                entity.entityId(),
                                                entity.name(),
                                                entity.nameInArticle(),
                                                entity.type(),
                                                entity.salience(),
                                                mentionsByEntity.getOrDefault(
                                                        entity.entityId(), List.of())))
                        .toList();
        return new ArticleView(
                article.id,
                article.title,
                article.url,
                article.source,
                article.language,
                article.publishedAt,
                article.revision,
                article.text,
                views);
    }
}
