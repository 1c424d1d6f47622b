package io.newsgraph.query.entity;

import io.newsgraph.query.article.ArticleListing;
import io.newsgraph.query.article.ArticleRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Entities, their aliases and the aggregates readers ask about. */
@ApplicationScoped
public class EntityRepository {

    public Uni<NamedEntity> findById(UUID id) {
        return NamedEntity.findById(id);
    }

    /**
     * The entity of this type whose name has this key, else the only one having it as an alias;
     * empty when there is none or the alias is shared by several entities.
     */
    public Uni<Optional<UUID>> findMatch(EntityType type, String key) {
        return session()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "select e.id, 0 from entity e where e.type = :type"
                                                    + " and e.normalized_key = :key union select"
                                                    + " a.entity_id, 1 from entity_alias a join"
                                                    + " entity e on e.id = a.entity_id where e.type"
                                                    + " = :type and a.normalized_alias = :key")
                                        .setParameter("type", type.name())
                                        .setParameter("key", key)
                                        .getResultList())
                .map(
                        rows -> {
                            Set<UUID> aliasMatches = new LinkedHashSet<>();
                            for (Object row : rows) {
                                Object[] columns = (Object[]) row;
                                UUID id = Rows.uuid(columns[0]);
                                if (Rows.number(columns[1]).intValue() == 0) {
                                    return Optional.of(id);
                                }
                                aliasMatches.add(id);
                            }
                            return aliasMatches.size() == 1
                                    ? Optional.of(aliasMatches.iterator().next())
                                    : Optional.empty();
                        });
    }

    /**
     * Creates the entity for this type and key unless another writer just did, and returns the id
     * of the one stored.
     */
    public Uni<UUID> create(EntityType type, String key, String name) {
        return session()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "insert into entity (id, name, type,"
                                                    + " normalized_key, created_at) values (:id,"
                                                    + " :name, :type, :key, :now) on conflict"
                                                    + " (type, normalized_key) do nothing")
                                        .setParameter("id", EntityKeys.entityId(type, key))
                                        .setParameter("name", name)
                                        .setParameter("type", type.name())
                                        .setParameter("key", key)
                                        .setParameter(
                                                "now", Instant.now().truncatedTo(ChronoUnit.MICROS))
                                        .executeUpdate()
                                        .chain(
                                                inserted ->
                                                        session.createNativeQuery(
                                                                        "select id from entity"
                                                                            + " where type = :type"
                                                                            + " and normalized_key"
                                                                            + " = :key")
                                                                .setParameter("type", type.name())
                                                                .setParameter("key", key)
                                                                .getSingleResult()))
                .map(Rows::uuid);
    }

    /** Records surface forms of an entity; forms it already has are left as they are. */
    public Uni<Void> addAliases(UUID entityId, Collection<String> aliases) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (String alias : aliases) {
            String key = EntityKeys.normalize(alias);
            if (!key.isEmpty()) {
                keyed.putIfAbsent(alias, key);
            }
        }
        if (keyed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder sql =
                new StringBuilder(
                        "insert into entity_alias (entity_id, alias, normalized_alias) values ");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("entity", entityId);
        int i = 0;
        for (Map.Entry<String, String> alias : keyed.entrySet()) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:entity, :alias")
                    .append(i)
                    .append(", :key")
                    .append(i)
                    .append(')');
            parameters.put("alias" + i, alias.getKey());
            parameters.put("key" + i, alias.getValue());
            i++;
        }
        sql.append(" on conflict (entity_id, alias) do nothing");
        return session()
                .chain(
                        session -> {
                            Mutiny.Query<Object> query = session.createNativeQuery(sql.toString());
                            parameters.forEach(query::setParameter);
                            return query.executeUpdate();
                        })
                .replaceWithVoid();
    }

    /**
     * Entities in the news (named by at least one current article revision) matching a search, best
     * match first, one page plus one row.
     */
    public Uni<List<SearchHit>> search(EntitySearch search) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (search.key().isPresent()) {
            String key = search.key().get();
            sql.append(
                    "select e.id, e.name, e.type, e.normalized_key, m.rank from entity e join ("
                        + " select a.entity_id, min(case when a.normalized_alias = :key then 0 when"
                        + " a.normalized_alias like :prefix or a.normalized_alias like :wordPrefix"
                        + " then 1 else 2 end) as rank from entity_alias a where a.normalized_alias"
                        + " like :contains group by a.entity_id) m on m.entity_id = e.id where");
            parameters.put("key", key);
            parameters.put("prefix", key + "%");
            parameters.put("wordPrefix", "% " + key + "%");
            parameters.put("contains", "%" + key + "%");
        } else {
            sql.append(
                    "select e.id, e.name, e.type, e.normalized_key, 0 as rank from entity e where");
        }
        sql.append(" exists (select 1 from article_entity o where o.entity_id = e.id)");
        search.type()
                .ifPresent(
                        type -> {
                            sql.append(" and e.type = :type");
                            parameters.put("type", type.name());
                        });
        search.after()
                .ifPresent(
                        after -> {
                            String rank = search.key().isPresent() ? "m.rank" : "0";
                            sql.append(" and (")
                                    .append(rank)
                                    .append(
                                            ", e.normalized_key, e.id) > (:afterRank, :afterKey,"
                                                    + " :afterId)");
                            parameters.put("afterRank", after.rank());
                            parameters.put("afterKey", after.normalizedKey());
                            parameters.put("afterId", after.id());
                        });
        sql.append(search.key().isPresent() ? " order by m.rank," : " order by")
                .append(" e.normalized_key, e.id");
        return session()
                .chain(
                        session -> {
                            Mutiny.Query<Object> query = session.createNativeQuery(sql.toString());
                            parameters.forEach(query::setParameter);
                            return query.setMaxResults(search.limit() + 1).getResultList();
                        })
                .map(
                        rows -> {
                            List<SearchHit> hits = new ArrayList<>(rows.size());
                            for (Object row : rows) {
                                Object[] columns = (Object[]) row;
                                hits.add(
                                        new SearchHit(
                                                new NamedEntityRow(
                                                        Rows.uuid(columns[0]),
                                                        (String) columns[1],
                                                        EntityType.valueOf((String) columns[2])),
                                                Rows.number(columns[4]).intValue(),
                                                (String) columns[3]));
                            }
                            return hits;
                        });
    }

    /** Counts and first/last appearance of entities over the current revision of every article. */
    public Uni<Map<UUID, EntityStats>> stats(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session()
                .chain(
                        session ->
                                session.createSelectionQuery(
                                                "select o.entityId, count(o), sum(o.mentionCount),"
                                                    + " min(a.seenAt), max(a.seenAt) from"
                                                    + " EntityOccurrence o, Article a where a.id ="
                                                    + " o.articleId and o.entityId in :ids group by"
                                                    + " o.entityId",
                                                Object[].class)
                                        .setParameter("ids", entityIds)
                                        .getResultList())
                .map(
                        rows -> {
                            Map<UUID, EntityStats> stats = new HashMap<>();
                            for (Object[] row : rows) {
                                stats.put(
                                        (UUID) row[0],
                                        new EntityStats(
                                                Rows.number(row[1]).longValue(),
                                                Rows.number(row[2]).longValue(),
                                                Rows.instant(row[3]),
                                                Rows.instant(row[4])));
                            }
                            return stats;
                        });
    }

    /** The surface forms of entities, alphabetically, without the canonical name itself. */
    public Uni<Map<UUID, List<String>>> aliases(Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session()
                .chain(
                        session ->
                                session.createSelectionQuery(
                                                "select al.entityId, al.alias from EntityAlias al,"
                                                    + " NamedEntity e where e.id = al.entityId and"
                                                    + " al.entityId in :ids and al.alias <> e.name"
                                                    + " order by al.alias",
                                                Object[].class)
                                        .setParameter("ids", entityIds)
                                        .getResultList())
                .map(
                        rows -> {
                            Map<UUID, List<String>> aliases = new HashMap<>();
                            for (Object[] row : rows) {
                                aliases.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                                        .add((String) row[1]);
                            }
                            return aliases;
                        });
    }

    /** Articles naming an entity, newest first, one page plus one row. */
    public Uni<List<EntityArticle>> articles(ArticleListing listing) {
        StringBuilder hql =
                new StringBuilder(
                        "select new io.newsgraph.query.entity.EntityArticle(a.id, a.title, a.url,"
                                + " a.source, a.language, a.publishedAt, a.revision, o.salience,"
                                + " o.mentionCount, a.seenAt)"
                                + " from EntityOccurrence o, Article a"
                                + " where a.id = o.articleId and o.entityId = :entity");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("entity", listing.entity().orElseThrow());
        ArticleRepository.appendPageConditions(hql, parameters, listing, "a");
        hql.append(" order by a.seenAt desc, a.id desc");
        return session()
                .chain(
                        session -> {
                            var query =
                                    session.createSelectionQuery(
                                            hql.toString(), EntityArticle.class);
                            parameters.forEach(query::setParameter);
                            return query.setMaxResults(listing.limit() + 1).getResultList();
                        });
    }

    /** Entities sharing articles with an entity, most shared first, one page plus one row. */
    public Uni<List<Cooccurrence>> cooccurrences(CooccurrenceQuery request) {
        StringBuilder hql =
                new StringBuilder(
                        "select new io.newsgraph.query.entity.Cooccurrence(e.id, e.name, e.type,"
                            + " count(*)) from EntityOccurrence self, EntityOccurrence other,"
                            + " NamedEntity e where self.entityId = :entity and other.articleId ="
                            + " self.articleId and other.entityId <> self.entityId and e.id ="
                            + " other.entityId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("entity", request.entityId());
        request.type()
                .ifPresent(
                        type -> {
                            hql.append(" and e.type = :type");
                            parameters.put("type", type);
                        });
        hql.append(" group by e.id, e.name, e.type");
        request.after()
                .ifPresent(
                        after -> {
                            hql.append(
                                    " having count(*) < :afterCount or (count(*) = :afterCount"
                                            + " and e.id > :afterId)");
                            parameters.put("afterCount", after.articleCount());
                            parameters.put("afterId", after.id());
                        });
        hql.append(" order by count(*) desc, e.id");
        return session()
                .chain(
                        session -> {
                            var query =
                                    session.createSelectionQuery(
                                            hql.toString(), Cooccurrence.class);
                            parameters.forEach(query::setParameter);
                            return query.setMaxResults(request.limit() + 1).getResultList();
                        });
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
