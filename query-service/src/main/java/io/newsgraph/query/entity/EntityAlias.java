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
}
