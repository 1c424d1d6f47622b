package io.newsgraph.query.graph;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static io.newsgraph.query.TestEvents.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.query.GraphDatabase;
import io.newsgraph.query.QueryServiceTest;
import io.newsgraph.query.TestEvents;
import io.newsgraph.query.curation.ShippedAliases;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replaying the topic leaves exactly the same graph, entity ids and counts included, and so does
 * consuming the same events in another order: reversed, shuffled, older revisions after newer. Each
 * play starts from an emptied graph (with the shipped alias table re-applied, as at start).
 */
@QuarkusTest
class ReplayTest extends QueryServiceTest {

    @Inject ShippedAliases shipped;

    @Test
    void replayingTheStreamTwiceOrInAnotherOrderGivesTheSameGraph() throws Throwable {
        List<ArticleEntitiesEvent> stream = stream();

        reset();
        play(stream);
        Map<String, List<String>> graph = snapshot();
        assertThat(graph.get("articles")).hasSize(7);
        assertThat(graph.get("entities")).isNotEmpty();
        try (Connection connection = GraphDatabase.connect()) {
            GraphDatabase.assertNoDrift(connection);
            // Witkoff is a surname of two people in the news at the end: an entity of its own.
            assertThat(
                            GraphDatabase.rows(
                                    connection,
                                    "select rule from name_key where key = 'witkoff' and type ="
                                            + " 'PERSON'"))
                    .containsExactly("OWN");
        }

        play(stream);
        assertThat(snapshot()).isEqualTo(graph);

        List<ArticleEntitiesEvent> reversed = new ArrayList<>(stream);
        Collections.reverse(reversed);
        reset();
        play(reversed);
        assertThat(snapshot()).isEqualTo(graph);

        for (long seed : new long[] {7, 42, 2025}) {
            List<ArticleEntitiesEvent> shuffled = new ArrayList<>(stream);
            Collections.shuffle(shuffled, new Random(seed));
            reset();
            play(shuffled);
            assertThat(snapshot()).as("shuffled with seed %d", seed).isEqualTo(graph);
        }
        try (Connection connection = GraphDatabase.connect()) {
            GraphDatabase.assertNoDrift(connection);
        }
    }

    /**
     * Articles in French and English with surnames before and after full names, a surname that
     * becomes ambiguous, revisions that drop names, shipped aliases and redeliveries.
     */
    private static List<ArticleEntitiesEvent> stream() {
        Instant day = Instant.parse("2025-02-01T08:00:00Z");
        List<ArticleEntitiesEvent> events = new ArrayList<>();
        String a1 = "Witkoff est attendu à Moscou.";
        events.add(
                article("a1", a1)
                        .language("fr")
                        .publishedAt(day)
                        .entity("Witkoff", PERSON, 0.7)
                        .entity("Moscou", LOCATION, 0.5)
                        .build());
        String a2 = "Steve Witkoff landed in Moscow. Witkoff met NATO's envoy.";
        var second =
                article("a2", a2)
                        .publishedAt(day.plusSeconds(3600))
                        .entity("Steve Witkoff", PERSON, 0.9, "Steve Witkoff", "Witkoff")
                        .entity("Moscow", LOCATION, 0.6)
                        .entity("NATO", ORGANIZATION, 0.3);
        events.add(second.build());
        String a3 = "Jane Witkoff, sa fille, et M. Witkoff à Genève avec l'OTAN.";
        var third =
                article("a3", a3)
                        .language("fr")
                        .publishedAt(day.plusSeconds(7200))
                        .entity("Jane Witkoff", PERSON, 0.6)
                        .entity("M. Witkoff", PERSON, 0.5)
                        .entity("Genève", LOCATION, 0.4)
                        .entity("OTAN", ORGANIZATION, 0.3);
        events.add(third.build());
        // A correction drops Jane: in between, "Witkoff" meant two people.
        events.add(
                article(third.id(), "a3", "M. Witkoff à Genève.")
                        .revision(2)
                        .language("fr")
                        .publishedAt(day.plusSeconds(7200))
                        .entity("M. Witkoff", PERSON, 0.5)
                        .entity("Genève", LOCATION, 0.4)
                        .build());
        String a4 = "Jane Witkoff and Marco Rubio in Geneva. Rubio left; Witkoff stayed.";
        var fourth =
                article("a4", a4)
                        .publishedAt(day.plusSeconds(10800))
                        .entity("Jane Witkoff", PERSON, 0.5)
                        .entity("Marco Rubio", PERSON, 0.8, "Marco Rubio", "Rubio")
                        .entity("Geneva", LOCATION, 0.4)
                        .entity("Witkoff", PERSON, 0.2);
        events.add(fourth.build());
        events.add(
                article("a5", "Rubio et le Département d'État ont parlé à la Maison Blanche.")
                        .language("fr")
                        .publishedAt(day.plusSeconds(14400))
                        .entity("Rubio", PERSON, 0.6)
                        .entity("Département d'État", ORGANIZATION, 0.5)
                        .entity("Maison Blanche", LOCATION, 0.3)
                        .build());
        var sixth =
                article("a6", "The State Department said Rubio spoke to the White House.")
                        .publishedAt(day.plusSeconds(18000))
                        .entity("State Department", ORGANIZATION, 0.5)
                        .entity("Rubio", PERSON, 0.6)
                        .entity("White House", LOCATION, 0.3);
        events.add(sixth.build());
        events.add(
                article(sixth.id(), "a6", "The State Department said Marco Rubio left Kyiv.")
                        .revision(3)
                        .publishedAt(day.plusSeconds(18000))
                        .entity("State Department", ORGANIZATION, 0.5)
                        .entity("Marco Rubio", PERSON, 0.6)
                        .entity("Kyiv", LOCATION, 0.3)
                        .build());
        events.add(
                article("a7", "Kiev, Kyiv et Kyïv désignent la même ville.")
                        .language("fr")
                        .publishedAt(day.plusSeconds(21600))
                        .entity("Kiev", LOCATION, 0.5, "Kiev", "Kyiv", "Kyïv")
                        .build());
        // Redeliveries.
        events.add(second.build());
        events.add(fourth.build());
        return events;
    }

    /** Empties the graph, then applies the shipped alias table as a fresh start would. */
    private void reset() throws Throwable {
        awaitIdle();
        try (Connection connection = GraphDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "truncate article, article_finding, mention, article_entity,"
                            + " entity_cooccurrence, entity_redirect, entity_alias, name_key,"
                            + " entity cascade");
        }
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> shipped.apply(shipped.read())));
    }

    private static void play(List<ArticleEntitiesEvent> events) {
        events.forEach(TestEvents::send);
        awaitIdle();
    }

    /** Waits until every event sent so far is consumed, using a marker article. */
    private static void awaitIdle() {
        String marker = article("marker", "Nothing to see.").send().id();
        awaitArticle(marker, 1);
        MARKERS.add(marker);
    }

    private static final List<String> MARKERS = new ArrayList<>();

    private static Map<String, List<String>> snapshot() throws Exception {
        try (Connection connection = GraphDatabase.connect()) {
            Map<String, List<String>> graph = GraphDatabase.snapshot(connection);
            graph.replaceAll(
                    (table, rows) ->
                            rows.stream()
                                    .filter(row -> MARKERS.stream().noneMatch(row::startsWith))
                                    .collect(Collectors.toList()));
            return graph;
        }
    }
}
