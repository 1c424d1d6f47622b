package io.newsgraph.ingest.annotation;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@code article-entities} event in its canonical protobuf JSON mapping. */
final class ArticleEntitiesEvents {

    /** Topic every revision's event goes to; consumers key on the article id. */
    static final String TOPIC = "article-entities";

    private static final JsonFormat.Printer PRINTER =
            JsonFormat.printer().omittingInsignificantWhitespace();

    private ArticleEntitiesEvents() {}

    static AnnotationResult result(ClaimedArticle article, AnnotateResponse response) {
        checkMentions(article.text(), response);
        ArticleEntitiesEvent.Builder event =
                ArticleEntitiesEvent.newBuilder()
                        .setArticleId(article.id().toString())
                        .setRevision(article.revision())
                        .setTitle(article.title())
                        .setLanguage(response.getLanguage())
                        .setReceivedAt(timestamp(article.receivedAt()))
                        .setText(article.text())
                        .addAllEntities(response.getEntitiesList());
        if (article.url() != null) {
            event.setUrl(article.url());
        }
        if (article.source() != null) {
            event.setSource(article.source());
        }
        if (article.externalId() != null) {
            event.setExternalId(article.externalId());
        }
        if (article.publishedAt() != null) {
            event.setPublishedAt(timestamp(article.publishedAt()));
        }
        List<String> entities = new ArrayList<>(response.getEntitiesCount());
        for (Entity entity : response.getEntitiesList()) {
            entities.add(json(entity));
        }
        return new AnnotationResult(
                response.getLanguage(),
                response.getLanguageSupport().name(),
                "[" + String.join(",", entities) + "]",
                TOPIC,
                json(event));
    }

    /**
     * Consumers slice the published text with the mention offsets: an offset that does not point at
     * the mention's text would corrupt every reader, so such an answer is refused.
     */
    static void checkMentions(String text, AnnotateResponse response) {
        for (Entity entity : response.getEntitiesList()) {
            for (Mention mention : entity.getMentionsList()) {
                int begin = mention.getBegin();
                int end = mention.getEnd();
                if (begin < 0
                        || end <= begin
                        || end > text.length()
                        || !text.regionMatches(begin, mention.getText(), 0, end - begin)
                        || mention.getText().length() != end - begin) {
                    throw new InvalidAnnotationException(
                            "nlp-service returned mention \""
                                    + mention.getText()
                                    + "\" of "
                                    + entity.getName()
                                    + " at ["
                                    + begin
                                    + ", "
                                    + end
                                    + ") which is not that text in the article ("
                                    + text.length()
                                    + " UTF-16 units)");
                }
            }
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder()
                .setSeconds(instant.getEpochSecond())
                .setNanos(instant.getNano())
                .build();
    }

    private static String json(MessageOrBuilder message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("event cannot be printed as JSON", e);
        }
    }
}
