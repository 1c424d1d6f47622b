package io.newsgraph.ingest.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored article: its latest revision's cleaned text and where that revision stands. Read through
 * Hibernate; written by {@link ArticleStore} and the pipeline's guarded SQL statements.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id public UUID id;

    /** Hash of what makes two submissions the same story (source+externalId, URL or content). */
    @Column(name = "identity_key", nullable = false, unique = true)
    public String identityKey;

    /** Hash of everything the event carries; a different hash makes a new revision. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public String source;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(nullable = false)
    public String title;

    /** Cleaned text, the reference for mention offsets. */
    @Column(nullable = false)
    public String text;

    @Column(name = "language_hint")
    public String languageHint;

    /** Language nlp-service used for the latest annotation. */
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    public String error;

    /** Annotation attempts for the current revision. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the current revision was accepted. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
