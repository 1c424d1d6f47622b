package io.newsgraph.query.article;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.UUID;

/** One place in an article's text where an entity is named. */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "entity_id")
    public UUID entityId;

    /** UTF-16 offset of the first character in {@link Article#text}. */
    @Column(name = "begin_offset")
    public int beginOffset;

    /** UTF-16 offset just past the last character. */
    @Column(name = "end_offset")
    public int endOffset;

    public String text;
}
