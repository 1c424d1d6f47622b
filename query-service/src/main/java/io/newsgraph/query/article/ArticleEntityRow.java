package io.newsgraph.query.article;

import io.newsgraph.query.entity.EntityType;
import java.util.UUID;

/** An entity of an article with its salience there, as the article query reads it. */
public record ArticleEntityRow(
        UUID entityId, String name, String nameInArticle, EntityType type, double salience) {}
