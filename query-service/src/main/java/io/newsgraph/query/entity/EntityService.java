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

/** Answers readers' questions about entities: search, detail, their articles and neighbours. */
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
        return existing(id)
                .chain(
                        entity ->
                                summaries(
                                        List.of(
                                                new NamedEntityRow(
                                                        entity.id, entity.name, entity.type))))
                .map(summaries -> summaries.get(0));
    }

    @WithSession
    public Uni<Page<EntityArticle>> articles(ArticleListing listing) {
        return existing(listing.entity().orElseThrow())
                .chain(() -> entities.articles(listing))
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
                .chain(() -> entities.cooccurrences(query))
                .map(rows -> Page.of(rows, query.limit(), CooccurrenceQuery::cursorOf));
    }

    private Uni<NamedEntity> existing(UUID id) {
        return entities.findById(id)
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
