package io.newsgraph.query.article;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Articles with their entity occurrences and mentions. */
@ApplicationScoped
public class ArticleRepository {

    public Uni<Article> findById(UUID id) {
        return Article.findById(id);
    }

    /** Locks the article row so two revisions of one article are never applied at once. */
    public Uni<Article> findForUpdate(UUID id) {
        return Article.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Article> insert(Article article) {
        return Panache.getSession()
                .chain(session -> session.persist(article).call(session::flush))
                .replaceWith(article);
    }

    /** Removes what the previous revision of an article said about its entities. */
    public Uni<Void> clearEntities(UUID articleId) {
        return Mention.delete("articleId", articleId)
                .chain(() -> EntityOccurrence.delete("articleId", articleId))
                .replaceWithVoid();
    }

    /** Stores an article's entity occurrences, then their mentions (which reference them). */
    public Uni<Void> addEntities(List<EntityOccurrence> occurrences, List<Mention> mentions) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.persistAll(occurrences.toArray())
                                        .call(session::flush)
                                        .call(() -> session.persistAll(mentions.toArray())));
    }

    /** The entities of an article, most salient first. */
    public Uni<List<ArticleEntityRow>> entitiesOf(UUID articleId) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createSelectionQuery(
                                                "select new"
                                                    + " io.newsgraph.query.article.ArticleEntityRow(o.entityId,"
                                                    + " e.name, e.type, o.salience) from"
                                                    + " EntityOccurrence o, NamedEntity e where"
                                                    + " e.id = o.entityId and o.articleId ="
                                                    + " :article order by o.salience desc, e.name,"
                                                    + " e.id",
                                                ArticleEntityRow.class)
                                        .setParameter("article", articleId)
                                        .getResultList());
    }

    /** The mentions of an article in reading order. */
    public Uni<List<Mention>> mentionsOf(UUID articleId) {
        return Mention.list("articleId = ?1 order by beginOffset, endOffset, id", articleId);
    }

    /** One page (plus one row, to tell whether another follows) of articles, newest first. */
    public Uni<List<ArticleSummary>> list(ArticleListing listing) {
        StringBuilder hql =
                new StringBuilder(
                        "select new io.newsgraph.query.article.ArticleSummary(a.id, a.title, a.url,"
                                + " a.source, a.language, a.publishedAt, a.revision, a.seenAt)"
                                + " from Article a where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        listing.entity()
                .ifPresent(
                        entity -> {
                            hql.append(
                                    " and exists (select 1 from EntityOccurrence o where"
                                            + " o.articleId = a.id and o.entityId = :entity)");
                            parameters.put("entity", entity);
                        });
        listing.text()
                .ifPresent(
                        text -> {
                            hql.append(
                                    " and (a.title ilike :text escape '\\' or a.text ilike :text"
                                            + " escape '\\')");
                            parameters.put("text", "%" + escapeLike(text) + "%");
                        });
        appendPageConditions(hql, parameters, listing, "a");
        hql.append(" order by a.seenAt desc, a.id desc");
        return Panache.getSession()
                .chain(
                        session -> {
                            var query =
                                    session.createSelectionQuery(
                                            hql.toString(), ArticleSummary.class);
                            parameters.forEach(query::setParameter);
                            return query.setMaxResults(listing.limit() + 1).getResultList();
                        });
    }

    /**
     * Adds the date range and the keyset position of a listing ordered by seen time then id, newest
     * first, for the article alias {@code a}.
     */
    public static void appendPageConditions(
            StringBuilder hql, Map<String, Object> parameters, ArticleListing listing, String a) {
        listing.from()
                .ifPresent(
                        from -> {
                            hql.append(" and ").append(a).append(".seenAt >= :from");
                            parameters.put("from", from);
                        });
        listing.to()
                .ifPresent(
                        to -> {
                            hql.append(" and ").append(a).append(".seenAt < :to");
                            parameters.put("to", to);
                        });
        listing.after()
                .ifPresent(
                        after -> {
                            hql.append(" and (")
                                    .append(a)
                                    .append(".seenAt < :afterSeenAt or (")
                                    .append(a)
                                    .append(".seenAt = :afterSeenAt and ")
                                    .append(a)
                                    .append(".id < :afterId))");
                            parameters.put("afterSeenAt", after.seenAt());
                            parameters.put("afterId", after.id());
                        });
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
