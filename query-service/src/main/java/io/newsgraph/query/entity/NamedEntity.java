package io.newsgraph.query.entity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One real-world person, place, organisation or other named thing, shared by every article. */
@Entity
@Table(name = "entity")
public class NamedEntity extends PanacheEntityBase {

    @Id public UUID id;

    /** The canonical name readers see. */
    public String name;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    /** {@link EntityKeys#key} of the name; usage of forms with this key picks the name. */
    @Column(name = "normalized_key")
    public String normalizedKey;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Current articles naming the entity; maintained with every change of the graph. */
    @Column(name = "article_count")
    public int articleCount;

    /** Mentions of the entity in current articles. */
    @Column(name = "mention_count")
    public int mentionCount;

    /** Whether an editor (or the shipped alias table) chose the name; otherwise usage decides. */
    @Column(name = "name_pinned")
    public boolean namePinned;
}
