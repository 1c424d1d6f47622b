package io.newsgraph.query.entity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A surface form an entity was written as in some article ("Macron", "M. Macron"). */
@Entity
@Table(name = "entity_alias")
public class EntityAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_id")
    public UUID entityId;

    public String alias;

    @Column(name = "normalized_alias")
    public String normalizedAlias;

    /** Current articles using this form for the entity. */
    @Column(name = "use_count")
    public int useCount;

    /** Attached by an editor or the shipped alias table: kept even when no article uses it. */
    public boolean pinned;
}
