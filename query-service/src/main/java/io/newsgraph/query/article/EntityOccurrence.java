package io.newsgraph.query.article;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** That an entity appears in an article, how central it is there and how often it is named. */
@Entity
@Table(name = "article_entity")
@IdClass(EntityOccurrence.Key.class)
public class EntityOccurrence extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Id
    @Column(name = "entity_id")
    public UUID entityId;

    public double salience;

    /** Kept with the row so entity counts need no scan of the mentions. */
    @Column(name = "mention_count")
    public int mentionCount;

    /** Composite key of {@link EntityOccurrence}. */
    public static class Key implements Serializable {
        public UUID articleId;
        public UUID entityId;

        public Key() {}

        public Key(UUID articleId, UUID entityId) {
            this.articleId = articleId;
            this.entityId = entityId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(articleId, key.articleId)
                    && Objects.equals(entityId, key.entityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, entityId);
        }
    }
}
