package io.newsgraph.query.graph;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.query.entity.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Reads the canonical protobuf JSON of {@link ArticleEntitiesEvent} into an update to apply. */
public final class ArticleEntitiesEvents {

    private static final Logger LOG = Logger.getLogger(ArticleEntitiesEvents.class);

    // Unknown fields are ignored so producers can add fields before consumers learn them.
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private ArticleEntitiesEvents() {}

    public static ArticleUpdate parse(String json) throws MalformedEventException {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        ArticleEntitiesEvent.Builder builder = ArticleEntitiesEvent.newBuilder();
        try {
            PARSER.merge(json, builder);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new MalformedEventException("not an ArticleEntitiesEvent: " + e.getMessage(), e);
        }
        return toUpdate(builder.build());
    }

    static ArticleUpdate toUpdate(ArticleEntitiesEvent event) throws MalformedEventException {
        UUID articleId;
        try {
            articleId = UUID.fromString(event.getArticleId());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(
                    "article_id is not a UUID: '" + event.getArticleId() + "'");
        }
        if (event.getRevision() < 0) {
            throw new MalformedEventException("revision is negative: " + event.getRevision());
        }
        String text = event.getText();
        List<ArticleUpdate.Finding> findings = new ArrayList<>();
        for (Entity entity : event.getEntitiesList()) {
            Optional<EntityType> type = EntityType.fromProto(entity.getType());
            if (type.isEmpty() || entity.getName().isBlank()) {
                LOG.warnf(
                        "article %s revision %d: skipping entity '%s' of type %s",
                        articleId, event.getRevision(), entity.getName(), entity.getType());
                continue;
            }
            findings.add(
                    new ArticleUpdate.Finding(
                            entity.getName().strip(),
                            type.get(),
                            entity.getSalience(),
                            spans(articleId, text, entity)));
        }
        return new ArticleUpdate(
                articleId,
                event.getRevision(),
                event.getTitle(),
                blankToNull(event.getUrl()),
                blankToNull(event.getSource()),
                blankToNull(event.getExternalId()),
                blankToNull(event.getLanguage()),
                event.hasPublishedAt() ? instant(event.getPublishedAt()) : null,
                event.hasReceivedAt() ? instant(event.getReceivedAt()) : null,
                text,
                List.copyOf(findings));
    }

    private static List<ArticleUpdate.Span> spans(UUID articleId, String text, Entity entity) {
        List<ArticleUpdate.Span> spans = new ArrayList<>();
        for (Mention mention : entity.getMentionsList()) {
            int begin = mention.getBegin();
            int end = mention.getEnd();
            if (begin < 0 || end <= begin || end > text.length()) {
                LOG.warnf(
                        "article %s: skipping mention [%d, %d) of '%s' outside the text",
                        articleId, begin, end, entity.getName());
                continue;
            }
            // The text is authoritative: the offsets are what readers use to highlight.
            spans.add(new ArticleUpdate.Span(begin, end, text.substring(begin, end)));
        }
        return List.copyOf(spans);
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
