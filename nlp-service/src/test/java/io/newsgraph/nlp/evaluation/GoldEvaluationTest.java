package io.newsgraph.nlp.evaluation;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.NlpTestClient;
import io.newsgraph.nlp.engine.NlpModels;
import io.newsgraph.nlp.evaluation.GoldSet.GoldArticle;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.testsupport.OidcTestResource;
import io.newsgraph.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entity-level precision, recall and F1 of what nlp-service answers over gRPC, per language and
 * type, on the hand-annotated gold sets, beside the raw engine on the same texts. Fails when a set
 * falls below its bar: the bars sit a few points under what was measured when they were set, so a
 * normalisation change that costs entities is caught. They are regression bars, not the 0.90
 * acceptance target, which is measured once on each new set before anyone reads its errors (see the
 * README).
 */
@QuarkusTest
@QuarkusTestResource(value = OidcTestResource.class, restrictToAnnotatedClass = false)
class GoldEvaluationTest {

    /** Lowest accepted entity-level F1, per set, language and type. */
    private static final Map<String, Map<String, Map<EntityType, Double>>> BARS =
            Map.ofEntries(
                    Map.entry(
                            "tuning",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.96, ORGANIZATION, 0.96),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.96, ORGANIZATION, 0.96))),
                    Map.entry(
                            "dev",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.96, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.87, ORGANIZATION, 0.93))),
                    Map.entry(
                            "dev2",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.96, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.96, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.93, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.92, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-2",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.90, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.96, ORGANIZATION, 0.93))),
                    Map.entry(
                            "held-out-3",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.94, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.90))),
                    Map.entry(
                            "dev3",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.93, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.93, ORGANIZATION, 0.94))),
                    Map.entry(
                            "held-out-4",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.89),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.94, ORGANIZATION, 0.94))),
                    Map.entry(
                            "held-out-5",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.92, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out-6",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.94, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.93))),
                    Map.entry(
                            "held-out-7",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.94, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-8",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.86, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.86, ORGANIZATION, 0.95))),
                    Map.entry(
                            "held-out-9",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.94, ORGANIZATION, 0.96),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.93, ORGANIZATION, 0.93))),
                    Map.entry(
                            "held-out-10",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.89, ORGANIZATION, 0.86))),
                    Map.entry(
                            "held-out-11",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.90, LOCATION, 0.93, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-12",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.88, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.90, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-13",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.93, ORGANIZATION, 0.87),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.89, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-14",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.89, LOCATION, 0.93, ORGANIZATION, 0.89),
                                    "fr",
                                    Map.of(PERSON, 0.89, LOCATION, 0.90, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-15",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.95, LOCATION, 0.90, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.94, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-16",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.90, LOCATION, 0.91, ORGANIZATION, 0.89),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-17",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.93, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.95, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-18",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.92, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.92, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-19",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.95, ORGANIZATION, 0.86),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.94, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-20",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.83, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out-21",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.91, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.93, ORGANIZATION, 0.93))),
                    Map.entry(
                            "held-out-22",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.88, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.90, ORGANIZATION, 0.93))),
                    Map.entry(
                            "held-out-23",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.91, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.87, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-24",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.92, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.93, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-25",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.95, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.81, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-26",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.90, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.90, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-27",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.92, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.93, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-28",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.92, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.93, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-29",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.92, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.85, ORGANIZATION, 0.85))),
                    Map.entry(
                            "held-out-30",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.89, LOCATION, 0.92, ORGANIZATION, 0.87),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.90, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-31",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.88, ORGANIZATION, 0.91),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.92, ORGANIZATION, 0.83))),
                    Map.entry(
                            "held-out-32",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.89, LOCATION, 0.93, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-33",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.90, ORGANIZATION, 0.84),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.88, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-34",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.84, LOCATION, 0.90, ORGANIZATION, 0.84),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.87, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-35",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.92, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.89, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out-36",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.92, ORGANIZATION, 0.94),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.94, ORGANIZATION, 0.94))),
                    Map.entry(
                            "held-out-37",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.90, LOCATION, 0.88, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.86, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-38",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.90, ORGANIZATION, 0.86),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.90, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-39",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.93, ORGANIZATION, 0.95),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.87, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-40",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.91, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.94, ORGANIZATION, 0.94))),
                    Map.entry(
                            "held-out-41",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.93, ORGANIZATION, 0.92),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.80, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-42",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.90, ORGANIZATION, 0.82),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.91, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-43",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.93, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.88, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-44",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.88, ORGANIZATION, 0.83),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.88, ORGANIZATION, 0.80))),
                    Map.entry(
                            "held-out-45",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.91, ORGANIZATION, 0.87),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.89, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-46",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.96, ORGANIZATION, 0.93),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.86, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-47",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.92, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.92, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out-48",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.89, ORGANIZATION, 0.90),
                                    "fr",
                                    Map.of(PERSON, 0.90, LOCATION, 0.91, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-49",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.77),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.88, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-50",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.88, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.88, ORGANIZATION, 0.83))),
                    Map.entry(
                            "held-out-51",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.87, LOCATION, 0.86, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.88, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-52",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.87, LOCATION, 0.89, ORGANIZATION, 0.75),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.79, ORGANIZATION, 0.83))),
                    Map.entry(
                            "held-out-53",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.93, ORGANIZATION, 0.86),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.87, ORGANIZATION, 0.85))),
                    Map.entry(
                            "held-out-54",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.85, ORGANIZATION, 0.84),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.89, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-55",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.90, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.90, LOCATION, 0.92, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-56",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.87, LOCATION, 0.87, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.88, LOCATION, 0.88, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-57",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.81, ORGANIZATION, 0.77),
                                    "fr",
                                    Map.of(PERSON, 0.96, LOCATION, 0.89, ORGANIZATION, 0.82))),
                    Map.entry(
                            "held-out-58",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.92, LOCATION, 0.90, ORGANIZATION, 0.84),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.85, ORGANIZATION, 0.92))),
                    Map.entry(
                            "held-out-59",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.84, ORGANIZATION, 0.78),
                                    "fr",
                                    Map.of(PERSON, 0.86, LOCATION, 0.81, ORGANIZATION, 0.83))),
                    Map.entry(
                            "held-out-60",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.82, LOCATION, 0.85, ORGANIZATION, 0.82),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.84, ORGANIZATION, 0.82))),
                    Map.entry(
                            "held-out-61",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.89, ORGANIZATION, 0.82),
                                    "fr",
                                    Map.of(PERSON, 0.86, LOCATION, 0.89, ORGANIZATION, 0.85))),
                    Map.entry(
                            "held-out-62",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.88, LOCATION, 0.83, ORGANIZATION, 0.87),
                                    "fr",
                                    Map.of(PERSON, 0.90, LOCATION, 0.90, ORGANIZATION, 0.91))),
                    Map.entry(
                            "held-out-63",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.87, LOCATION, 0.92, ORGANIZATION, 0.84),
                                    "fr",
                                    Map.of(PERSON, 0.89, LOCATION, 0.81, ORGANIZATION, 0.81))),
                    Map.entry(
                            "held-out-64",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.88, ORGANIZATION, 0.74),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.84, ORGANIZATION, 0.85))),
                    Map.entry(
                            "held-out-65",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.85, ORGANIZATION, 0.82),
                                    "fr",
                                    Map.of(PERSON, 0.88, LOCATION, 0.84, ORGANIZATION, 0.83))),
                    Map.entry(
                            "held-out-66",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.91, LOCATION, 0.91, ORGANIZATION, 0.88),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.88, ORGANIZATION, 0.88))),
                    Map.entry(
                            "held-out-67",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.84, LOCATION, 0.87, ORGANIZATION, 0.76),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.92, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-68",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.94, LOCATION, 0.91, ORGANIZATION, 0.87),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.83, ORGANIZATION, 0.90))),
                    Map.entry(
                            "held-out-69",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.90, LOCATION, 0.90, ORGANIZATION, 0.83),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.89, ORGANIZATION, 0.89))),
                    Map.entry(
                            "held-out-70",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.93, LOCATION, 0.92, ORGANIZATION, 0.85),
                                    "fr",
                                    Map.of(PERSON, 0.93, LOCATION, 0.81, ORGANIZATION, 0.80))),
                    Map.entry(
                            "held-out-71",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.89, LOCATION, 0.88, ORGANIZATION, 0.82),
                                    "fr",
                                    Map.of(PERSON, 0.94, LOCATION, 0.90, ORGANIZATION, 0.87))),
                    Map.entry(
                            "held-out-72",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.96, LOCATION, 0.90, ORGANIZATION, 0.86),
                                    "fr",
                                    Map.of(PERSON, 0.92, LOCATION, 0.87, ORGANIZATION, 0.81))),
                    Map.entry(
                            "held-out-73",
                            Map.of(
                                    "en",
                                    Map.of(PERSON, 0.90, LOCATION, 0.90, ORGANIZATION, 0.89),
                                    "fr",
                                    Map.of(PERSON, 0.91, LOCATION, 0.88, ORGANIZATION, 0.86))));

    /**
     * Least share of entities named by their gold name. held-out-18's writer kept the capitals of
     * dateline-only places ("PARIS", "LENS"), which the service names as news does ("Paris"): six
     * of its seven French and English name differences.
     */
    private static final Map<String, Double> NAME_FLOOR =
            Map.of(
                    "held-out-18",
                    0.94,
                    // As first measured (English 0.943); its name differences were not read.
                    "held-out-31",
                    0.94);

    /** Most real-world entities a set may see reported as more than one entity. */
    private static final Map<String, Integer> MAX_SPLIT =
            Map.ofEntries(
                    Map.entry("tuning", 0),
                    Map.entry("dev", 0),
                    Map.entry("dev2", 0),
                    Map.entry("held-out", 0),
                    Map.entry("held-out-2", 0),
                    Map.entry("held-out-3", 1),
                    Map.entry("dev3", 2),
                    Map.entry("held-out-4", 1),
                    Map.entry("held-out-5", 0),
                    Map.entry("held-out-6", 1),
                    Map.entry("held-out-7", 2),
                    Map.entry("held-out-8", 3),
                    Map.entry("held-out-9", 0),
                    Map.entry("held-out-10", 1),
                    Map.entry("held-out-11", 1),
                    Map.entry("held-out-12", 6),
                    Map.entry("held-out-13", 1),
                    Map.entry("held-out-14", 7),
                    Map.entry("held-out-15", 1),
                    Map.entry("held-out-16", 4),
                    Map.entry("held-out-17", 1),
                    Map.entry("held-out-18", 4),
                    Map.entry("held-out-19", 0),
                    Map.entry("held-out-20", 4),
                    Map.entry("held-out-21", 1),
                    Map.entry("held-out-22", 2),
                    Map.entry("held-out-23", 3),
                    Map.entry("held-out-24", 2),
                    Map.entry("held-out-25", 3),
                    Map.entry("held-out-26", 2),
                    Map.entry("held-out-27", 3),
                    Map.entry("held-out-28", 0),
                    Map.entry("held-out-29", 2),
                    Map.entry("held-out-30", 3),
                    Map.entry("held-out-31", 5),
                    Map.entry("held-out-32", 4),
                    Map.entry("held-out-33", 6),
                    Map.entry("held-out-34", 7),
                    Map.entry("held-out-35", 3),
                    Map.entry("held-out-36", 3),
                    Map.entry("held-out-37", 7),
                    Map.entry("held-out-38", 4),
                    Map.entry("held-out-39", 4),
                    Map.entry("held-out-40", 6),
                    Map.entry("held-out-41", 3),
                    Map.entry("held-out-42", 0),
                    Map.entry("held-out-43", 4),
                    Map.entry("held-out-44", 7),
                    Map.entry("held-out-45", 5),
                    Map.entry("held-out-46", 4),
                    Map.entry("held-out-47", 4),
                    Map.entry("held-out-48", 4),
                    Map.entry("held-out-49", 7),
                    Map.entry("held-out-50", 3),
                    Map.entry("held-out-51", 2),
                    Map.entry("held-out-52", 9),
                    Map.entry("held-out-53", 7),
                    Map.entry("held-out-54", 7),
                    Map.entry("held-out-55", 10),
                    Map.entry("held-out-56", 6),
                    Map.entry("held-out-57", 7),
                    Map.entry("held-out-58", 5),
                    Map.entry("held-out-59", 6),
                    Map.entry("held-out-60", 4),
                    Map.entry("held-out-61", 8),
                    Map.entry("held-out-62", 3),
                    Map.entry("held-out-63", 6),
                    Map.entry("held-out-64", 4),
                    Map.entry("held-out-65", 9),
                    Map.entry("held-out-66", 4),
                    Map.entry("held-out-67", 5),
                    Map.entry("held-out-68", 3),
                    Map.entry("held-out-69", 7),
                    Map.entry("held-out-70", 8),
                    Map.entry("held-out-71", 7),
                    Map.entry("held-out-72", 6),
                    Map.entry("held-out-73", 8));

    /** How much better than the raw engine the service must be, on PER+LOC+ORG F1. */
    private static final Map<String, Double> MIN_GAIN_OVER_RAW =
            Map.ofEntries(
                    Map.entry("tuning", 0.15),
                    Map.entry("dev", 0.15),
                    Map.entry("dev2", 0.15),
                    Map.entry("held-out", 0.10),
                    Map.entry("held-out-2", 0.10),
                    Map.entry("held-out-3", 0.10),
                    Map.entry("dev3", 0.10),
                    Map.entry("held-out-4", 0.10),
                    Map.entry("held-out-5", 0.10),
                    Map.entry("held-out-6", 0.10),
                    Map.entry("held-out-7", 0.10),
                    Map.entry("held-out-8", 0.10),
                    Map.entry("held-out-9", 0.10),
                    Map.entry("held-out-10", 0.10),
                    Map.entry("held-out-11", 0.10),
                    Map.entry("held-out-12", 0.10),
                    Map.entry("held-out-13", 0.10),
                    Map.entry("held-out-14", 0.10),
                    Map.entry("held-out-15", 0.10),
                    Map.entry("held-out-16", 0.10),
                    Map.entry("held-out-17", 0.10),
                    Map.entry("held-out-18", 0.10),
                    Map.entry("held-out-19", 0.10),
                    Map.entry("held-out-20", 0.10),
                    Map.entry("held-out-21", 0.10),
                    Map.entry("held-out-22", 0.10),
                    Map.entry("held-out-23", 0.10),
                    Map.entry("held-out-24", 0.10),
                    Map.entry("held-out-25", 0.10),
                    Map.entry("held-out-26", 0.10),
                    Map.entry("held-out-27", 0.10),
                    Map.entry("held-out-28", 0.10),
                    Map.entry("held-out-29", 0.10),
                    Map.entry("held-out-30", 0.10),
                    Map.entry("held-out-31", 0.10),
                    Map.entry("held-out-32", 0.10),
                    Map.entry("held-out-33", 0.10),
                    Map.entry("held-out-34", 0.10),
                    Map.entry("held-out-35", 0.10),
                    Map.entry("held-out-36", 0.10),
                    Map.entry("held-out-37", 0.10),
                    Map.entry("held-out-38", 0.10),
                    Map.entry("held-out-39", 0.10),
                    Map.entry("held-out-40", 0.10),
                    Map.entry("held-out-41", 0.10),
                    Map.entry("held-out-42", 0.10),
                    Map.entry("held-out-43", 0.10),
                    Map.entry("held-out-44", 0.10),
                    Map.entry("held-out-45", 0.10),
                    Map.entry("held-out-46", 0.10),
                    Map.entry("held-out-47", 0.10),
                    Map.entry("held-out-48", 0.10),
                    Map.entry("held-out-49", 0.10),
                    Map.entry("held-out-50", 0.10),
                    Map.entry("held-out-51", 0.10),
                    Map.entry("held-out-52", 0.10),
                    Map.entry("held-out-53", 0.10),
                    Map.entry("held-out-54", 0.10),
                    Map.entry("held-out-55", 0.10),
                    Map.entry("held-out-56", 0.10),
                    Map.entry("held-out-57", 0.10),
                    Map.entry("held-out-58", 0.10),
                    Map.entry("held-out-59", 0.10),
                    Map.entry("held-out-60", 0.10),
                    Map.entry("held-out-61", 0.10),
                    Map.entry("held-out-62", 0.10),
                    Map.entry("held-out-63", 0.10),
                    Map.entry("held-out-64", 0.10),
                    Map.entry("held-out-65", 0.10),
                    Map.entry("held-out-66", 0.10),
                    Map.entry("held-out-67", 0.10),
                    Map.entry("held-out-68", 0.10),
                    Map.entry("held-out-69", 0.10),
                    Map.entry("held-out-70", 0.10),
                    Map.entry("held-out-71", 0.10),
                    Map.entry("held-out-72", 0.10),
                    Map.entry("held-out-73", 0.10));

    @TestHTTPResource("/")
    URL server;

    @Inject NlpModels models;

    private NlpTestClient client;

    @BeforeEach
    void connect() {
        NlpTestClient.awaitModelsLoaded();
        client =
                NlpTestClient.withToken(
                        server, TestTokens.accessToken("ingest-service", "annotate"));
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        client.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tuning",
                "dev",
                "dev2",
                "held-out",
                "held-out-2",
                "held-out-3",
                "dev3",
                "held-out-4",
                "held-out-5",
                "held-out-6",
                "held-out-7",
                "held-out-8",
                "held-out-9",
                "held-out-10",
                "held-out-11",
                "held-out-12",
                "held-out-13",
                "held-out-14",
                "held-out-15",
                "held-out-16",
                "held-out-17",
                "held-out-18",
                "held-out-19",
                "held-out-20",
                "held-out-21",
                "held-out-22",
                "held-out-23",
                "held-out-24",
                "held-out-25",
                "held-out-26",
                "held-out-27",
                "held-out-28",
                "held-out-29",
                "held-out-30",
                "held-out-31",
                "held-out-32",
                "held-out-33",
                "held-out-34",
                "held-out-35",
                "held-out-36",
                "held-out-37",
                "held-out-38",
                "held-out-39",
                "held-out-40",
                "held-out-41",
                "held-out-42",
                "held-out-43",
                "held-out-44",
                "held-out-45",
                "held-out-46",
                "held-out-47",
                "held-out-48",
                "held-out-49",
                "held-out-50",
                "held-out-51",
                "held-out-52",
                "held-out-53",
                "held-out-54",
                "held-out-55",
                "held-out-56",
                "held-out-57",
                "held-out-58",
                "held-out-59",
                "held-out-60",
                "held-out-61",
                "held-out-62",
                "held-out-63",
                "held-out-64",
                "held-out-65",
                "held-out-66",
                "held-out-67",
                "held-out-68",
                "held-out-69",
                "held-out-70",
                "held-out-71",
                "held-out-72",
                "held-out-73"
            })
    void serviceStaysAboveItsBarAndAboveTheRawEngine(String set) throws IOException {
        GoldSet gold = GoldSet.resource("gold/" + set + ".json");
        Evaluation raw = new Evaluation("raw CoreNLP");
        Evaluation service = new Evaluation("nlp-service");
        for (GoldArticle article : gold.articles()) {
            AnnotateResponse response =
                    client.annotate(
                            AnnotateRequest.newBuilder()
                                    .setText(article.text())
                                    .setTitle(article.title())
                                    .setCorrelationId(article.id())
                                    .build());
            assertThat(response.getLanguage()).as(article.id()).isEqualTo(article.language());
            assertThat(response.getLanguageSupport()).isEqualTo(LanguageSupport.SUPPORTED);
            NlpTestClient.assertOffsetsExact(article.text(), response);
            service.add(article, PredictedEntity.of(response));
            raw.add(
                    article,
                    PredictedEntity.rawEngine(
                            article.text(),
                            models.engine()
                                    .annotate(article.language(), article.text())
                                    .mentions()));
        }
        String report = EvaluationReport.table(gold, List.of(raw, service));
        System.out.println(report);
        service.errors().forEach(line -> System.out.println("  " + line));
        Path reports = Path.of("target", "evaluation");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(set + ".txt"), report);

        SoftAssertions softly = new SoftAssertions();
        BARS.get(set)
                .forEach(
                        (language, bars) ->
                                bars.forEach(
                                        (type, bar) ->
                                                softly.assertThat(
                                                                service.entities(language)
                                                                        .f1(List.of(type)))
                                                        .as(
                                                                "%s %s %s entity F1",
                                                                set, language, type)
                                                        .isGreaterThanOrEqualTo(bar)));
        for (String language : BARS.get(set).keySet()) {
            softly.assertThat(service.entities(language).f1(Evaluation.GATED_TYPES))
                    .as("%s %s: service PER+LOC+ORG F1 over the raw engine's", set, language)
                    .isGreaterThanOrEqualTo(
                            raw.entities(language).f1(Evaluation.GATED_TYPES)
                                    + MIN_GAIN_OVER_RAW.get(set));
            softly.assertThat(service.nameAccuracy(language))
                    .as("%s %s: entities named by their fullest form", set, language)
                    .isGreaterThanOrEqualTo(NAME_FLOOR.getOrDefault(set, 0.95));
        }
        softly.assertThat(service.split())
                .as("%s: real-world entities reported more than once", set)
                .hasSizeLessThanOrEqualTo(MAX_SPLIT.get(set));
        softly.assertAll();
    }
}
