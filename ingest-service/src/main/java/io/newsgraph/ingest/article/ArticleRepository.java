package io.newsgraph.ingest.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads stored articles by id. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {}
