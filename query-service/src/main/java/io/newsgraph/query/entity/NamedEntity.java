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

    /** {@link EntityKeys#normalize} of the name; unique per type. */
    @Column(name = "normalized_key")
    public String normalizedKey;

    @Column(name = "created_at")
    public Instant createdAt;
}
