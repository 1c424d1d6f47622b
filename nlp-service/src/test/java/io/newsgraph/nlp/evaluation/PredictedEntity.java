package io.newsgraph.nlp.evaluation;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.nlp.evaluation.GoldSet.Span;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entity as a system reported it for one article, ready to be scored against the gold. */
public record PredictedEntity(String name, EntityType type, List<Span> mentions) {

    /** The entities nlp-service answered. */
    public static List<PredictedEntity> of(AnnotateResponse response) {
        List<PredictedEntity> entities = new ArrayList<>(response.getEntitiesCount());
        for (Entity entity : response.getEntitiesList()) {
            List<Span> mentions = new ArrayList<>(entity.getMentionsCount());
            for (Mention mention : entity.getMentionsList()) {
                mentions.add(new Span(mention.getBegin(), mention.getEnd()));
            }
            entities.add(new PredictedEntity(entity.getName(), entity.getType(), mentions));
        }
        return entities;
    }

    /**
     * What the raw engine gives a client that takes its spans as they are: one entity per distinct
     * surface and type, as a graph keyed on the reported name would store them.
     */
    public static List<PredictedEntity> rawEngine(String text, List<EngineMention> mentions) {
        Map<String, PredictedEntity> byNameAndType = new LinkedHashMap<>();
        for (EngineMention mention : mentions) {
            String surface = text.substring(mention.begin(), mention.end());
            byNameAndType
                    .computeIfAbsent(
                            mention.type() + "\u0000" + surface,
                            key -> new PredictedEntity(surface, mention.type(), new ArrayList<>()))
                    .mentions()
                    .add(new Span(mention.begin(), mention.end()));
        }
        return List.copyOf(byNameAndType.values());
    }
}
