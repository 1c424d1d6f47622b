package io.newsgraph.ingest.article;

/** No article with the requested id. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("no article with id " + id);
    }
}
