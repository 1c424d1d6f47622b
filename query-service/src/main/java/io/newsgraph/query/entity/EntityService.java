package io.newsgraph.query.entity;

import io.newsgraph.query.api.Page;
import io.newsgraph.query.api.ProblemException;
import io.newsgraph.query.article.ArticleListing;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers readers' questions about entities: search, detail, their articles, neighbours and what is
 * trending. An id that an editor merged away (or resolution absorbed) answers for the entity it
 * went to, so links readers kept still work.
 */
@ApplicationScoped
public class EntityService {

    private final EntityRepository entities;

    public EntityService(EntityRepository entities) {
        this.entities = entities;
    }

    @WithSession
    public Uni<Page<EntitySummary>> search(EntitySearch search) {
        return entities.search(search)
                .chain(
                        hits -> {
                            Page<SearchHit> page =
                                    Page.of(hits, search.limit(), EntitySearch::cursorOf);
                            return summaries(page.items().stream().map(SearchHit::entity).toList())
                                    .map(items -> new Page<>(items, page.next()));
                        });
    }

    @WithSession
    public Uni<EntitySummary> get(UUID id) {
        return summary(id);
    }

    /** The summary of an entity (following redirects); must run within a session. */
    public Uni<EntitySummary> summary(UUID id) {
        return existing(id).chain(entity -> summaries(List.of(entity))).map(list -> list.get(0));
    }

    @WithSession
    public Uni<Page<EntityArticle>> articles(ArticleListing listing) {
        return existing(listing.entity().orElseThrow())
                .chain(entity -> entities.articles(entity.id(), listing))
                .map(
                        rows ->
                                Page.of(
                                        rows,
                                        listing.limit(),
                                        last -> listing.cursorOf(last.seenAt(), last.id())));
    }

    @WithSession
    public Uni<Page<Cooccurrence>> cooccurrences(CooccurrenceQuery query) {
        return existing(query.entityId())
                .chain(entity -> entities.cooccurrences(entity.id(), query))
                .map(rows -> Page.of(rows, query.limit(), CooccurrenceQuery::cursorOf));
    }

    @WithSession
    public Uni<Page<Trending>> trending(TrendingQuery query) {
        return entities.trending(query).map(rows -> Page.of(rows, query.limit(), query::cursorOf));
    }

    /** The entity with this id, or the one it was merged into; 404 otherwise. */
    public Uni<NamedEntityRow> existing(UUID id) {
        return entities.row(id)
                .chain(
                        entity ->
                                entity != null
                                        ? Uni.createFrom().item(entity)
                                        : entities.redirectOf(id)
                                                .chain(
                                                        to ->
                                                                to.isPresent()
                                                                        ? entities.row(to.get())
                                                                        : Uni.createFrom()
                                                                                .nullItem()))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No entity with id " + id + "."));
    }

    private Uni<List<EntitySummary>> summaries(List<NamedEntityRow> rows) {
        List<UUID> ids = rows.stream().map(NamedEntityRow::id).toList();
        return entities.aliases(ids)
                .chain(
                        aliases ->
                                entities.stats(ids).map(stats -> summaries(rows, aliases, stats)));
    }

    private static List<EntitySummary> summaries(
            List<NamedEntityRow> rows,
            Map<UUID, List<String>> aliases,
            Map<UUID, EntityStats> stats) {
        return rows.stream()
                .map(
                        row ->
                                EntitySummary.of(
                                        row,
                                        aliases.getOrDefault(row.id(), List.of()),
                                        stats.getOrDefault(row.id(), EntityStats.NONE)))
                .toList();
    }
}
