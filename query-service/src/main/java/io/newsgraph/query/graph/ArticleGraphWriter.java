package io.newsgraph.query.graph;

import io.newsgraph.query.article.Article;
import io.newsgraph.query.article.ArticleRepository;
import io.newsgraph.query.article.EntityOccurrence;
import io.newsgraph.query.article.Mention;
import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityResolver;
import io.newsgraph.query.entity.EntityType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one article revision to the graph: a newer revision replaces everything the article said
 * about entities, the same or an older one changes nothing, so redelivery is harmless.
 */
@ApplicationScoped
public class ArticleGraphWriter {

    /** What applying a revision did. */
    public enum Outcome {
        CREATED,
        REPLACED,
        STALE
    }

    private final ArticleRepository articles;
    private final EntityResolver resolver;

    public ArticleGraphWriter(ArticleRepository articles, EntityResolver resolver) {
        this.articles = articles;
        this.resolver = resolver;
    }

    /** Must run inside a transaction. */
    public Uni<Outcome> apply(ArticleUpdate update) {
        return articles.findForUpdate(update.articleId())
                .chain(
                        existing -> {
                            if (existing != null && existing.revision >= update.revision()) {
                                return Uni.createFrom().item(Outcome.STALE);
                            }
                            Uni<Void> stored =
                                    existing == null
                                            ? articles.insert(newArticle(update)).replaceWithVoid()
                                            : articles.clearEntities(existing.id)
                                                    .invoke(() -> copy(update, existing));
                            return stored.chain(() -> resolve(update))
                                    .chain(resolved -> store(update.articleId(), resolved))
                                    .replaceWith(
                                            existing == null ? Outcome.CREATED : Outcome.REPLACED);
                        });
    }

    private Uni<Map<UUID, Occurrence>> resolve(ArticleUpdate update) {
        List<Occurrence> groups = group(update.entities());
        return Multi.createFrom()
                .iterable(groups)
                .onItem()
                .transformToUniAndConcatenate(
                        group ->
                                resolver.resolve(group.type, group.name, group.surfaceForms)
                                        .map(id -> Map.entry(id, group)))
                .collect()
                .asList()
                .map(
                        resolved -> {
                            // Two names of one article may turn out to be one entity ("Macron" and
                            // "Emmanuel Macron"): the article then names it once, with all
                            // mentions.
                            Map<UUID, Occurrence> byEntity = new LinkedHashMap<>();
                            for (Map.Entry<UUID, Occurrence> entry : resolved) {
                                byEntity.merge(entry.getKey(), entry.getValue(), Occurrence::merge);
                            }
                            return byEntity;
                        });
    }

    private Uni<Void> store(UUID articleId, Map<UUID, Occurrence> resolved) {
        List<EntityOccurrence> occurrences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        resolved.forEach(
                (entityId, occurrence) -> {
                    EntityOccurrence row = new EntityOccurrence();
                    row.articleId = articleId;
                    row.entityId = entityId;
                    row.salience = occurrence.salience;
                    row.mentionCount = occurrence.spans.size();
                    occurrences.add(row);
                    for (ArticleUpdate.Span span : occurrence.spans.values()) {
                        Mention mention = new Mention();
                        mention.articleId = articleId;
                        mention.entityId = entityId;
                        mention.beginOffset = span.begin();
                        mention.endOffset = span.end();
                        mention.text = span.text();
                        mentions.add(mention);
                    }
                });
        return articles.addEntities(occurrences, mentions);
    }

    /**
     * Groups the article's findings by type and name key, fullest names first so that short forms
     * met later in the same article can join them through their aliases.
     */
    private static List<Occurrence> group(List<ArticleUpdate.Finding> findings) {
        Map<String, Occurrence> groups = new LinkedHashMap<>();
        for (ArticleUpdate.Finding finding : findings) {
            String key = EntityKeys.normalize(finding.name());
            if (key.isEmpty()) {
                continue;
            }
            groups.merge(
                    finding.type() + ":" + key, Occurrence.of(finding, key), Occurrence::merge);
        }
        List<Occurrence> ordered = new ArrayList<>(groups.values());
        ordered.sort(
                Comparator.comparingInt((Occurrence o) -> -o.key.length())
                        .thenComparing(o -> o.key)
                        .thenComparing(o -> o.type));
        return ordered;
    }

    private static Article newArticle(ArticleUpdate update) {
        Article article = new Article();
        article.id = update.articleId();
        copy(update, article);
        return article;
    }

    private static void copy(ArticleUpdate update, Article article) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        article.revision = update.revision();
        article.title = update.title();
        article.url = update.url();
        article.source = update.source();
        article.externalId = update.externalId();
        article.language = update.language();
        article.publishedAt = micros(update.publishedAt());
        article.receivedAt = micros(update.receivedAt());
        Instant seen = article.publishedAt != null ? article.publishedAt : article.receivedAt;
        // An article without dates keeps the time it first reached the graph.
        article.seenAt = seen != null ? seen : (article.seenAt != null ? article.seenAt : now);
        article.text = update.text();
        article.updatedAt = now;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** One entity of the article being written: its names, salience and mentions there. */
    private static final class Occurrence {
        final String key;
        final EntityType type;
        final String name;
        double salience;
        final Set<String> surfaceForms = new LinkedHashSet<>();
        final Map<String, ArticleUpdate.Span> spans = new LinkedHashMap<>();

        private Occurrence(String key, EntityType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }

        static Occurrence of(ArticleUpdate.Finding finding, String key) {
            Occurrence occurrence = new Occurrence(key, finding.type(), finding.name());
            occurrence.salience = Double.isFinite(finding.salience()) ? finding.salience() : 0;
            occurrence.surfaceForms.add(surfaceForm(finding.name()));
            for (ArticleUpdate.Span span : finding.mentions()) {
                occurrence.spans.putIfAbsent(span.begin() + ":" + span.end(), span);
                occurrence.surfaceForms.add(surfaceForm(span.text()));
            }
            return occurrence;
        }

        Occurrence merge(Occurrence other) {
            salience = Math.max(salience, other.salience);
            surfaceForms.addAll(other.surfaceForms);
            other.spans.forEach(spans::putIfAbsent);
            return this;
        }

        private static String surfaceForm(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }
}
