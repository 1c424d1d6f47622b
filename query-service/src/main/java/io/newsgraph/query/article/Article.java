package io.newsgraph.query.article;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An article in the revision query-service last received for it; the id is ingest-service's. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id public UUID id;

    public int revision;

    public String title;

    public String url;

    public String source;

    @Column(name = "external_id")
    public String externalId;

    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Publication time if known, else reception time; orders articles and bounds date filters. */
    @Column(name = "seen_at")
    public Instant seenAt;

    /** The cleaned text that mention offsets refer to. */
    public String text;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
