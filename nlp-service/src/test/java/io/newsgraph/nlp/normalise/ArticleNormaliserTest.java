package io.newsgraph.nlp.normalise;

import static io.newsgraph.proto.nlp.v1.EntityType.LOCATION;
import static io.newsgraph.proto.nlp.v1.EntityType.MISC;
import static io.newsgraph.proto.nlp.v1.EntityType.ORGANIZATION;
import static io.newsgraph.proto.nlp.v1.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.nlp.normalise.ArticleEntity.ArticleMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormaliserTest {

    @Test
    void coordinatedNamesGluedByTheEngineBecomeTwoPeopleWithoutHonorific() {
        Article article = new Article("MM. Rubio et Witkoff ont dîné avec lui.");
        article.mention("MM. Rubio et Witkoff", PERSON, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Rubio", "Witkoff");
        assertThat(entities).extracting(ArticleEntity::type).containsOnly(PERSON);
        assertThat(mentionTexts(entities)).containsExactlyInAnyOrder("Rubio", "Witkoff");
    }

    @Test
    void kickerBeforeAPipeAndLeadingArticleAreNotPartOfTheName() {
        Article article = new Article("EXCLUSIF | La Russie et l'Ukraine s'accusent");
        article.mention("EXCLUSIF | La Russie", LOCATION, 0.8);
        article.mention("l'Ukraine", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities).extracting(ArticleEntity::name).containsExactly("Russie", "Ukraine");
    }

    @Test
    void capitalisedCommonWordsAreNotEntities() {
        Article article =
                new Article(
                        "le secrétaire d'État américain et les États membres de la coalition,"
                                + " l'IA et Big Tech");
        article.mention("État", LOCATION, 0.9);
        article.mention("États membres", MISC, 0.8);
        article.mention("IA", LOCATION, 0.7);
        article.mention("Big Tech", LOCATION, 0.6);

        assertThat(article.normalise()).isEmpty();
    }

    @Test
    void pronounsAndLowercaseSpansAreNotNames() {
        Article article = new Article("Trump, at the White House, said he would call.");
        article.mention("he", PERSON, 0.6);

        // The White House is found all the same: it is a name of the shipped list.
        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("White House");
    }

    @Test
    void articlesThatBelongToTheNameStay() {
        Article article =
                new Article(
                        "Le Havre et La Rochelle accueillent Mme Le Pen, selon Le Monde. La"
                                + " France suit.");
        article.mention("Le Havre", LOCATION, 0.9);
        article.mention("La Rochelle", LOCATION, 0.9);
        article.mention("Mme Le Pen", PERSON, 0.9);
        article.mention("Le Monde", ORGANIZATION, 0.9);
        article.mention("La France", LOCATION, 0.9);

        // A sentence's capital is no part of the name: "La France suit" is France.
        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Le Havre", "La Rochelle", "Le Pen", "Le Monde", "France");
    }

    @Test
    void titlesBeforeAPersonAreDropped() {
        Article article =
                new Article(
                        "le président Emmanuel Macron et President Donald Trump, avec Dr. Sarah"
                                + " Mitchell.");
        article.mention("président Emmanuel Macron", PERSON, 0.9);
        article.mention("President Donald Trump", PERSON, 0.9);
        article.mention("Dr. Sarah Mitchell", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Emmanuel Macron", "Donald Trump", "Sarah Mitchell");
    }

    @Test
    void jobTitlesAreNotOrganisationsButMinistriesAre() {
        Article article =
                new Article(
                        "Le ministre ukrainien de la Défense et le ministre français des Affaires"
                            + " étrangères ont vu le ministère allemand des Affaires étrangères.");
        article.mention("ministre ukrainien de la Défense", ORGANIZATION, 0.7);
        article.mention("Affaires étrangères", ORGANIZATION, 0.7);
        article.mention("ministère allemand des Affaires étrangères", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("ministère allemand des Affaires étrangères");
    }

    @Test
    void surnameAloneJoinsTheOnePersonWithThatSurnameWhateverTheEngineTypedIt() {
        Article article =
                new Article(
                        "L'envoyé Steve Witkoff arrive. M. Witkoff a parlé. Rubio et Witkoff"
                                + " repartent.");
        article.mention("Steve Witkoff", PERSON, 1.0);
        article.mention("M. Witkoff", PERSON, 0.75);
        article.mention("Witkoff", 3, LOCATION, 0.55);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities).hasSize(1);
        ArticleEntity witkoff = entities.get(0);
        assertThat(witkoff.name()).isEqualTo("Steve Witkoff");
        assertThat(witkoff.type()).isEqualTo(PERSON);
        assertThat(witkoff.mentions())
                .extracting(ArticleMention::text)
                .containsExactly("Steve Witkoff", "Witkoff", "Witkoff");
    }

    @Test
    void surnameSharedByTwoPeopleStaysApart() {
        Article article = new Article("Joe Smith et Anna Smith sont là. Smith a parlé.");
        article.mention("Joe Smith", PERSON, 0.9);
        article.mention("Anna Smith", PERSON, 0.9);
        article.mention("Smith", 2, PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Joe Smith", "Anna Smith", "Smith");
    }

    @Test
    void acronymJoinsItsExpansion() {
        Article article =
                new Article(
                        "L'Organisation du traité de l'Atlantique Nord (OTAN) se réunit. L'OTAN"
                                + " décidera.");
        article.mention("Organisation du traité de l'Atlantique Nord", ORGANIZATION, 0.8);
        article.mention("OTAN", ORGANIZATION, 0.9);
        article.mention("L'OTAN", ORGANIZATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Organisation du traité de l'Atlantique Nord");
        assertThat(entities.get(0).mentions())
                .extracting(ArticleMention::text)
                .containsExactly("Organisation du traité de l'Atlantique Nord", "OTAN", "OTAN");
    }

    @Test
    void oneTypePerEntityByConfidenceWeightedVote() {
        Article article = new Article("La pression sur Kyiv monte. Moscou et Kyiv ont convenu.");
        article.mention("Kyiv", LOCATION, 0.62);
        article.mention("Kyiv", 2, PERSON, 0.45);

        List<ArticleEntity> entities = article.normalise();

        // Moscou, which the engine missed, is a capital of the shipped places list.
        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Kyiv", LOCATION), tuple("Moscou", LOCATION));
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void caseVariantsAreOneEntityNamedInTheirReadableForm() {
        Article article = new Article("WASHINGTON — Washington reste engagé.");
        article.mention("WASHINGTON", LOCATION, 0.9);
        article.mention("Washington", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities).extracting(ArticleEntity::name).containsExactly("Washington");
    }

    @Test
    void salienceRewardsFrequencyEarlinessAndTitle() {
        Article article =
                new Article("Paris accueille Berlin. Paris décide. Paris conclut avec Rome.");
        article.mention("Paris", LOCATION, 0.9);
        article.mention("Berlin", LOCATION, 0.9);
        article.mention("Paris", 2, LOCATION, 0.9);
        article.mention("Paris", 3, LOCATION, 0.9);
        article.mention("Rome", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise("Rome et Paris");

        assertThat(entities)
                .extracting(ArticleEntity::name)
                .containsExactly("Paris", "Rome", "Berlin");
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
        assertThat(entities.get(0).salience()).isEqualTo(1.0);
    }

    @Test
    void everyMentionIsTheExactSubstringAtItsOffsets() {
        Article article = new Article("🇫🇷 « M. Macron » a reçu M. Zelensky.");
        article.mention("M. Macron", PERSON, 0.9);
        article.mention("M. Zelensky", PERSON, 0.9);

        for (ArticleEntity entity : article.normalise()) {
            for (ArticleMention mention : entity.mentions()) {
                assertThat(article.text.substring(mention.begin(), mention.end()))
                        .isEqualTo(mention.text());
            }
        }
        assertThat(mentionTexts(article.normalise()))
                .containsExactlyInAnyOrder("Macron", "Zelensky");
    }

    @Test
    void recentlySpelledPlacesAreLocationsWhateverTheEngineSays() {
        Article article =
                new Article("The United States would keep sharing intelligence with Kyiv.");
        article.mention("United States", LOCATION, 0.9);
        article.mention("Kyiv", PERSON, 0.8);

        assertThat(article.normalise())
                .filteredOn(e -> e.name().equals("Kyiv"))
                .extracting(ArticleEntity::type)
                .containsExactly(LOCATION);
    }

    @Test
    void wordsAroundANameVoteForItsType() {
        Article article =
                new Article(
                        "Finance chief Arno Antlitz said its software unit Cariad was under"
                                + " review. Analysts at Bernstein agreed. The storm hit the"
                                + " northern Philippines and the Africa Corps moved in.");
        article.mention("Arno Antlitz", PERSON, 0.99);
        article.mention("Cariad", LOCATION, 0.6);
        article.mention("Bernstein", PERSON, 0.7);
        article.mention("Philippines", ORGANIZATION, 0.6);
        article.mention("Africa Corps", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Cariad", ORGANIZATION),
                        tuple("Bernstein", ORGANIZATION),
                        tuple("Philippines", LOCATION),
                        tuple("Africa Corps", ORGANIZATION));
    }

    @Test
    void aPortfolioAfterAMinisterIsNoPlaceButACountryAfterThePortfolioIs() {
        Article article =
                new Article(
                        "Le ministre de l'Économie a vu le ministre de la Défense de l'Ukraine.");
        article.mention("Économie", LOCATION, 0.6);
        article.mention("Défense", ORGANIZATION, 0.6);
        article.mention("Ukraine", LOCATION, 0.9);

        assertThat(article.normalise()).extracting(ArticleEntity::name).containsExactly("Ukraine");
    }

    @Test
    void theDatelinePlaceIsALocationAndItsWireCreditNoEntity() {
        Article article =
                new Article(
                        "SAN FRANCISCO, May 28 (Reuters) - Nvidia Corp forecast revenue. Nvidia"
                                + " shares rose.");
        article.mention("Reuters", ORGANIZATION, 0.9);
        article.mention("Nvidia Corp", ORGANIZATION, 0.9);
        article.mention("Nvidia", 2, ORGANIZATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("San Francisco", LOCATION), tuple("Nvidia Corp", ORGANIZATION));
        assertThat(mentionTexts(entities)).contains("SAN FRANCISCO").doesNotContain("Reuters");
    }

    @Test
    void anAbbreviatedDatelinePlaceIsOnePlaceAndItsWireCreditNoEntity() {
        Article article =
                new Article("ST. PAUL, Minn. (AP) — Minnesota lawmakers returned on Monday.");
        article.mention("ST. PAUL", LOCATION, 0.6);
        article.mention("AP", ORGANIZATION, 0.9);
        article.mention("Minnesota", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("St. Paul", LOCATION), tuple("Minnesota", LOCATION));
        assertThat(mentionTexts(entities)).contains("ST. PAUL").doesNotContain("AP");
    }

    @Test
    void aNameTheEngineCutInTwoIsJoinedWhenAnAcronymSpellsIt() {
        Article article =
                new Article(
                        "Le Paris Saint-Germain s'est qualifié. Le PSG affrontera Arsenal. La"
                                + " Philippine Atmospheric, Geophysical and Astronomical Services"
                                + " Administration, known as PAGASA, warned.");
        article.mention("Paris", LOCATION, 0.7);
        article.mention("Saint-Germain", LOCATION, 0.6);
        article.mention("PSG", ORGANIZATION, 0.9);
        article.mention("Arsenal", ORGANIZATION, 0.9);
        article.mention("Philippine Atmospheric", ORGANIZATION, 0.8);
        article.mention("Geophysical and Astronomical Services Administration", ORGANIZATION, 0.8);
        article.mention("PAGASA", ORGANIZATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Paris Saint-Germain", ORGANIZATION),
                        tuple("Arsenal", ORGANIZATION),
                        tuple(
                                "Philippine Atmospheric, Geophysical and Astronomical Services"
                                        + " Administration",
                                ORGANIZATION));
    }

    @Test
    void aNameFoundOnceIsAMentionWhereverTheArticleWritesItAgain() {
        Article article =
                new Article(
                        "The Bank of England's forecasts helped. Bank of England Governor Andrew"
                                + " Bailey spoke.");
        article.mention("Bank", ORGANIZATION, 0.8);
        article.mention("England", LOCATION, 0.9);
        article.mention("England", 2, LOCATION, 0.9);
        article.mention("Andrew Bailey", PERSON, 0.99);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Bank of England", ORGANIZATION), tuple("Andrew Bailey", PERSON));
        assertThat(mentionTexts(entities))
                .containsExactlyInAnyOrder("Bank of England", "Bank of England", "Andrew Bailey");
    }

    @Test
    void firstNamesCorporateFormsAndGenerationalSuffixesJoinTheirEntity() {
        Article article =
                new Article(
                        "Rachel Reeves spoke. \"Rachel has my confidence,\" he said. President"
                                + " Ferdinand Marcos Jr. flew in; Marcos later left. Meta Platforms"
                                + " Inc and Meta agreed.");
        article.mention("Rachel Reeves", PERSON, 0.99);
        article.mention("Rachel", 2, PERSON, 0.7);
        article.mention("Ferdinand Marcos", PERSON, 0.99);
        article.mention("Marcos", 2, PERSON, 0.9);
        article.mention("Meta Platforms Inc", ORGANIZATION, 0.9);
        article.mention("Meta", 2, ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Rachel Reeves", "Ferdinand Marcos Jr.", "Meta Platforms Inc");
    }

    @Test
    void theDatelinesCompoundTownNamedByItsShortFormIsOneTown() {
        Article start =
                new Article(
                        "CHAMONIX-MONT-BLANC, 3 mars (AFP) - Le glacier recule au-dessus de"
                                + " Chamonix, selon la mairie.");
        start.mention("CHAMONIX-MONT-BLANC", LOCATION, 0.9);
        start.mention("Chamonix", LOCATION, 0.9);
        Article lastPart =
                new Article(
                        "BAGNÈRES-DE-LUCHON, 27 juin (AFP) - Le train revient à Luchon. Les"
                                + " thermes de Luchon attendent.");
        lastPart.mention("BAGNÈRES-DE-LUCHON", LOCATION, 0.9);
        lastPart.mention("Luchon", LOCATION, 0.9);
        lastPart.mention("Luchon", 2, LOCATION, 0.9);
        Article listed =
                new Article(
                        "SAINT-JEAN-DU-GARD, 3 mars (AFP) - Les pompiers du Gard sont"
                                + " intervenus.");
        listed.mention("SAINT-JEAN-DU-GARD", LOCATION, 0.9);
        listed.mention("Gard", LOCATION, 0.9);

        assertThat(start.normalise())
                .singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Chamonix-Mont-Blanc"))
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(lastPart.normalise())
                .singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Bagnères-de-Luchon"))
                .satisfies(e -> assertThat(e.mentions()).hasSize(3));
        assertThat(listed.normalise()).hasSize(2);
    }

    @Test
    void aListedCompanyNamedByItsSectorWordIsTheSameCompany() {
        Article article =
                new Article(
                        "Workers at Rivian Automotive's plant walked out. Rivian said talks go on."
                                + " Dassault Aviation livrera. Dassault et Airbus discutent.");
        article.mention("Rivian Automotive", ORGANIZATION, 0.9);
        article.mention("Rivian", 2, ORGANIZATION, 0.9);
        article.mention("Dassault Aviation", ORGANIZATION, 0.9);
        article.mention("Dassault", 2, ORGANIZATION, 0.9);
        article.mention("Airbus", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Rivian Automotive", "Dassault Aviation", "Airbus");
    }

    @Test
    void aNationalityBeforeANameAndAScoreAfterOneAreNotPartOfIt() {
        Article article =
                new Article(
                        "L'Inter Milan 3-1 a été arbitré par le Slovène Slavko Vinčić en Ligue 1"
                                + " contre Nantes.");
        article.mention("Inter Milan 3-1", ORGANIZATION, 0.8);
        article.mention("Slovène Slavko Vinčić", MISC, 0.6);
        article.mention("Ligue 1 contre Nantes", MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Inter Milan", ORGANIZATION),
                        tuple("Slovène", MISC),
                        tuple("Slavko Vinčić", PERSON),
                        tuple("Ligue 1", MISC),
                        tuple("Nantes", MISC));
    }

    @Test
    void namesInsideCompoundsParticlesAndPrizesAreRead() {
        Article article =
                new Article(
                        "Hamas rejected it. Hamas-led militants attacked. Sheikh Mohammed bin"
                                + " Abdulrahman Al Thani spoke. Thunder owner Clay Bennett got the"
                                + " Larry O'Brien Trophy.");
        article.mention("Hamas", ORGANIZATION, 0.9);
        article.mention("Hamas-led", MISC, 0.9);
        article.mention("Mohammed", PERSON, 0.8);
        article.mention("Abdulrahman Al Thani", PERSON, 0.9);
        article.mention("Clay Bennett", PERSON, 0.99);
        article.mention("Larry O'Brien", PERSON, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Hamas", ORGANIZATION),
                        tuple("Mohammed bin Abdulrahman Al Thani", PERSON),
                        tuple("Clay Bennett", PERSON),
                        tuple("Larry O'Brien Trophy", MISC));
        assertThat(mentionTexts(entities)).contains("Hamas", "Hamas");
    }

    @Test
    void frenchBodiesKeepTheirLowerCaseHeadAndTheirCapitalArticle() {
        Article article =
                new Article(
                        "Il a été condamné par le tribunal correctionnel de Paris. L'ONG Les Amis"
                                + " de la Terre a réagi. La Russie aussi.");
        article.mention("Paris", LOCATION, 0.9);
        article.mention("ONG Les Amis de la Terre", ORGANIZATION, 0.7);
        article.mention("La Russie", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("tribunal correctionnel de Paris", ORGANIZATION),
                        tuple("Les Amis de la Terre", ORGANIZATION),
                        tuple("Russie", LOCATION));
    }

    @Test
    void aWordThatIsNoPersonJoinsTheOneTeamOrStormItEnds() {
        Article article =
                new Article(
                        "Typhoon Kalmaegi hit Luzon. Kalmaegi weakened. The Indiana Pacers lost;"
                                + " the Pacers will be back.");
        article.mention("Typhoon Kalmaegi", PERSON, 0.7);
        article.mention("Luzon", LOCATION, 0.9);
        article.mention("Kalmaegi", 2, PERSON, 0.6);
        article.mention("Indiana Pacers", ORGANIZATION, 0.9);
        article.mention("Pacers", 2, ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Typhoon Kalmaegi", MISC),
                        tuple("Luzon", LOCATION),
                        tuple("Indiana Pacers", ORGANIZATION));
    }

    private static List<String> mentionTexts(List<ArticleEntity> entities) {
        return entities.stream()
                .flatMap(e -> e.mentions().stream())
                .map(ArticleMention::text)
                .toList();
    }

    /** An article text with engine spans placed by their surface. */
    @Test
    void aWellKnownCompanyTheEngineCallsAPlaceIsAnOrganisation() {
        Article article =
                new Article("CFM International, la coentreprise de Safran et de General Electric.");
        article.mention("CFM International", ORGANIZATION, 0.9);
        article.mention("Safran", LOCATION, 0.95);
        article.mention("General Electric", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("CFM International", ORGANIZATION),
                        tuple("Safran", ORGANIZATION),
                        tuple("General Electric", ORGANIZATION));
    }

    @Test
    void aWellKnownBodyTheEngineMissedIsFoundWhereTheArticleWritesIt() {
        Article article =
                new Article(
                        "a déclaré la porte-parole du département d'État, Tammy Bruce. Le"
                                + " département d'État dément.");
        article.mention("État", LOCATION, 0.6);
        article.mention("Tammy Bruce", PERSON, 0.99);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("département d'État", ORGANIZATION), tuple("Tammy Bruce", PERSON));
        assertThat(mentionTexts(entities))
                .containsExactlyInAnyOrder(
                        "département d'État", "département d'État", "Tammy Bruce");
    }

    @Test
    void aKnownNameTheEngineCutIsWhole() {
        Article article = new Article("Le satellite, construit par Airbus Helicopters, vole.");
        article.mention("Airbus", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Airbus Helicopters");
    }

    @Test
    void namesOfOneKnownEntityAreOneEntity() {
        Article article =
                new Article(
                        "La Réserve fédérale a maintenu ses taux. La Fed juge l'inflation tenace.");
        article.mention("Réserve fédérale", ORGANIZATION, 0.8);
        article.mention("Fed", PERSON, 0.5);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Réserve fédérale", ORGANIZATION));
    }

    @Test
    void aSurnameAfterItsPersonIsThePersonNotTheGroupNamedAfterHim() {
        Article article =
                new Article("Vincent Bolloré a parlé. Selon M. Bolloré, rien ne change. Bolloré");
        article.mention("Vincent Bolloré", PERSON, 0.99);
        article.mention("M. Bolloré", PERSON, 0.9);
        article.mention("Bolloré", 3, ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Vincent Bolloré", PERSON));
    }

    @Test
    void aModelCodeIsAProductWhateverTheEngineSays() {
        Article article =
                new Article(
                        "Plusieurs dizaines d'A320neo attendent leurs moteurs, comme des F-35 et"
                                + " des 49ers.");
        article.mention("A320neo", LOCATION, 0.8);
        article.mention("F-35", ORGANIZATION, 0.6);
        article.mention("49ers", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("A320neo", MISC), tuple("F-35", MISC), tuple("49ers", ORGANIZATION));
    }

    @Test
    void lawsAndPartyAdjectivesAreNoOrganisationsAndAirlinesAreNoPlaces() {
        Article article =
                new Article(
                        "The Digital Markets Act worries the Liberal government, Air India and the"
                                + " Bloc Québécois.");
        article.mention("Digital Markets Act", ORGANIZATION, 0.9);
        article.mention("Liberal", ORGANIZATION, 0.8);
        article.mention("Air India", LOCATION, 0.7);
        article.mention("Bloc Québécois", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Digital Markets Act", MISC),
                        tuple("Liberal", MISC),
                        tuple("Air India", ORGANIZATION),
                        tuple("Bloc Québécois", ORGANIZATION));
    }

    @Test
    void aPersonIsAPersonWhenContextOrHisLoneSurnameSaysSo() {
        Article article =
                new Article(
                        "A milestone for Elon Musk's plan. Musk said so. A protege of the late"
                                + " Shinzo Abe, she won. The central bank chief Tomasz Wilk"
                                + " abstained.");
        article.mention("Elon Musk", ORGANIZATION, 0.91);
        article.mention("Musk", PERSON, 0.72);
        article.mention("Shinzo Abe", ORGANIZATION, 0.5);
        article.mention("Tomasz Wilk", PERSON, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Elon Musk", PERSON),
                        tuple("Shinzo Abe", PERSON),
                        tuple("Tomasz Wilk", PERSON));
    }

    @Test
    void aSentenceOpeningDescriptorIsNoPartOfTheNameAndTwoFirmsJoinedByAndAreTwo() {
        Article article =
                new Article(
                        "Chipmaker Nvidia invested. Rival Blue Origin did not. Sequoia Capital and"
                                + " Index Ventures led the round, as did the National Disaster Risk"
                                + " Reduction and Management Council.");
        article.mention("Chipmaker Nvidia", ORGANIZATION, 0.9);
        article.mention("Rival Blue Origin", ORGANIZATION, 0.9);
        article.mention("Sequoia Capital and Index Ventures", ORGANIZATION, 0.9);
        article.mention(
                "National Disaster Risk Reduction and Management Council", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Nvidia",
                        "Blue Origin",
                        "Sequoia Capital",
                        "Index Ventures",
                        "National Disaster Risk Reduction and Management Council");
    }

    @Test
    void clubsCompaniesPlacesAndStormsAreTypedByTheirOwnWords() {
        Article article =
                new Article(
                        "L'AS Monaco et le Stade rennais, Why Not Productions, Cameron Parish et"
                                + " Hurricane Delia. Delia weakened.");
        article.mention("AS Monaco", LOCATION, 0.8);
        article.mention("Stade rennais", LOCATION, 0.8);
        article.mention("Why Not Productions", PERSON, 0.6);
        article.mention("Cameron Parish", PERSON, 0.7);
        article.mention("Delia", PERSON, 0.93);
        article.mention("Delia", 2, PERSON, 0.96);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("AS Monaco", ORGANIZATION),
                        tuple("Stade rennais", ORGANIZATION),
                        tuple("Why Not Productions", ORGANIZATION),
                        tuple("Cameron Parish", LOCATION),
                        tuple("Hurricane Delia", MISC));
    }

    @Test
    void aLowerCaseCourtIsTheBodyAndItsSeatPartOfItsName() {
        Article article =
                new Article(
                        "PARIS, 2 avril (AFP) - Le tribunal correctionnel de Paris a condamné le"
                                + " groupe, selon HAROPA Port et le conseil régional d'Occitanie."
                                + " La police judiciaire de Lille a enquêté. Le Conseil"
                                + " interprofessionnel du vin de Bordeaux s'inquiète.");
        article.mention("Le tribunal correctionnel de Paris", MISC, 0.52);
        article.mention("HAROPA Port", MISC, 0.6);
        article.mention("Occitanie", LOCATION, 0.9);
        article.mention("Lille", LOCATION, 0.9);
        article.mention("Conseil interprofessionnel du vin", ORGANIZATION, 0.8);
        article.mention("Bordeaux", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Paris", LOCATION),
                        tuple("tribunal correctionnel de Paris", ORGANIZATION),
                        tuple("HAROPA Port", ORGANIZATION),
                        tuple("conseil régional d'Occitanie", ORGANIZATION),
                        tuple("police judiciaire de Lille", ORGANIZATION),
                        tuple("Conseil interprofessionnel du vin de Bordeaux", ORGANIZATION));
    }

    @Test
    void aDatelineWithItsRegionAndANameWithAndWithoutArticleAreOnePlace() {
        Article article =
                new Article(
                        "LE HAVRE (Seine-Maritime), 8 octobre (AFP) - Les dockers du port du"
                                + " Havre ont entamé une grève.");
        article.mention("Havre", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        // The dateline's region is a place of its own (a département of the shipped list).
        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Le Havre", LOCATION), tuple("Seine-Maritime", LOCATION));
        assertThat(mentionTexts(entities)).containsExactly("LE HAVRE", "Havre", "Seine-Maritime");
    }

    @Test
    void aDatelinePlaceTheEngineCutOrLeftItsArticleOutIsNamedWholeAndJoinsItsShortForm() {
        Article article =
                new Article(
                        "LES SABLES-D'OLONNE, 8 novembre (AFP) - Les skippers ont quitté les"
                                + " Sables-d'Olonne dimanche. Le port des Sables a fêté les"
                                + " marins.");
        article.mention("SABLES-D'OLONNE", LOCATION, 0.9);
        article.mention("Sables-d'Olonne", LOCATION, 0.9);
        article.mention("Sables", 2, LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Les Sables-d'Olonne", LOCATION));
        assertThat(mentionTexts(entities))
                .containsExactly("LES SABLES-D'OLONNE", "Sables-d'Olonne", "Sables");
    }

    @Test
    void aCountryTheEngineTookForAPersonIsAPlace() {
        Article article = new Article("Trials ran in Burkina Faso and in Mali.");
        article.mention("Burkina Faso", PERSON, 0.99);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Burkina Faso", LOCATION), tuple("Mali", LOCATION));
    }

    @Test
    void aBodyIsABodyFromItsFirstWordAndKeepsItsCommasAndConjunctions() {
        Article article =
                new Article(
                        "La Chambre de commerce et d'industrie du Puy-de-Dôme, Clermont Auvergne"
                                + " Métropole et les Hospices civils de Lyon ont signé.");
        article.mention("Chambre de commerce et d'industrie du Puy-de-Dôme", LOCATION, 0.8);
        article.mention("Clermont Auvergne Métropole", LOCATION, 0.8);
        article.mention("Hospices civils de Lyon", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Chambre de commerce et d'industrie du Puy-de-Dôme", ORGANIZATION),
                        tuple("Clermont Auvergne Métropole", ORGANIZATION),
                        tuple("Hospices civils de Lyon", ORGANIZATION));
    }

    @Test
    void aPartyAcronymBeforeAPersonIsThePartyAndARoleAfterACompanyNoPartOfItsName() {
        Article article =
                new Article(
                        "La députée RN Sylvie Maisonnet, JD Vance and General Motors Chief"
                                + " Executive Mary Barra met the rappeur Orelsan.");
        article.mention("RN Sylvie Maisonnet", PERSON, 0.9);
        article.mention("JD Vance", PERSON, 0.9);
        article.mention("General Motors Chief", ORGANIZATION, 0.9);
        article.mention("Mary Barra", PERSON, 0.9);
        article.mention("Orelsan", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("RN", ORGANIZATION),
                        tuple("Sylvie Maisonnet", PERSON),
                        tuple("JD Vance", PERSON),
                        tuple("General Motors", ORGANIZATION),
                        tuple("Mary Barra", PERSON),
                        tuple("Orelsan", PERSON));
    }

    @Test
    void aPlaceAndItsRegionInParenthesesAreTwoPlacesAndAnAcronymCompletesTheBodyItSpells() {
        Article article =
                new Article(
                        "CARHAIX-PLOUGUER (Finistère), 20 juillet (AFP) - Fort McMurray and the"
                                + " Office for National Statistics (ONS) agreed.");
        article.mention("CARHAIX-PLOUGUER", LOCATION, 0.85);
        article.mention("Finistère", LOCATION, 1.0);
        article.mention("Fort McMurray", PERSON, 0.8);
        article.mention("Office", ORGANIZATION, 0.9);
        article.mention("ONS", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Carhaix-Plouguer", LOCATION),
                        tuple("Finistère", LOCATION),
                        tuple("Fort McMurray", LOCATION),
                        tuple("Office for National Statistics", ORGANIZATION));
    }

    @Test
    void venuesArePlacesAndABodysLowerCaseAdjectivesArePartOfItsName() {
        Article article =
                new Article(
                        "La Confédération paysanne appelle à manifester devant le Palais des"
                                + " Nations, puis au Grand Théâtre Lumière.");
        article.mention("Confédération", LOCATION, 0.7);
        article.mention("Palais des Nations", ORGANIZATION, 0.7);
        article.mention("Grand Théâtre Lumière", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Confédération paysanne", ORGANIZATION),
                        tuple("Palais des Nations", LOCATION),
                        tuple("Grand Théâtre Lumière", LOCATION));
    }

    @Test
    void anOrganisationNamedAgainByTheStartOfItsNameIsOneEntityButACityStaysACity() {
        Article article =
                new Article(
                        "LENS, 14 mars (AFP) - Elliott Management et la Banque Laroche-Mercier"
                                + " soutiennent le RC Lens et le Paris Saint-Germain. Elliott,"
                                + " Laroche-Mercier et Paris aussi.");
        article.mention("Elliott Management", ORGANIZATION, 0.9);
        article.mention("Banque Laroche-Mercier", ORGANIZATION, 0.9);
        article.mention("RC Lens", ORGANIZATION, 0.9);
        article.mention("Paris Saint-Germain", ORGANIZATION, 0.9);
        article.mention("Elliott", PERSON, 0.7);
        article.mention("Laroche-Mercier", 2, LOCATION, 0.6);
        article.mention("Paris", 2, LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Lens", LOCATION),
                        tuple("Elliott Management", ORGANIZATION),
                        tuple("Banque Laroche-Mercier", ORGANIZATION),
                        tuple("RC Lens", ORGANIZATION),
                        tuple("Paris Saint-Germain", ORGANIZATION),
                        tuple("Paris", LOCATION));
    }

    @Test
    void frenchTypographyNamesCompaniesByTheirOriginInLowerCase() {
        Article article =
                new Article(
                        "Le fabricant de robots logistiques Exotec, l'australien Woodside et le"
                                + " gardien Brice Samba visitent le CHU de Nantes.");
        article.mention("Exotec", MISC, 0.6);
        article.mention("Woodside", PERSON, 0.7);
        article.mention("Brice Samba", PERSON, 0.9);
        article.mention("Nantes", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Exotec", ORGANIZATION),
                        tuple("Woodside", ORGANIZATION),
                        tuple("Brice Samba", PERSON),
                        tuple("CHU de Nantes", ORGANIZATION));
    }

    @Test
    void aColonEndsANameAndAnOpeningPrepositionIsNoPartOfOne() {
        Article article =
                new Article(
                        "UP NEXT\n"
                            + "Rivertown Otters: At Detroit on Thursday. Santa Cruz and Churchill"
                            + " Falls voted; the San Luis Obispo County Sheriff's Office did not.");
        article.mention("Otters: At Detroit", MISC, 0.6);
        article.mention("Santa Cruz", PERSON, 0.8);
        article.mention("Churchill Falls", PERSON, 0.8);
        article.mention("San Luis Obispo County Sheriff's Office", ORGANIZATION, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(mentionTexts(entities))
                .contains("Otters", "Detroit")
                .doesNotContain("At Detroit");
        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Santa Cruz", LOCATION),
                        tuple("Churchill Falls", LOCATION),
                        tuple("San Luis Obispo County Sheriff's Office", ORGANIZATION));
    }

    @Test
    void namesKeepTheirPlusTheirDomainTheirListedApostropheAndTheirOrdinal() {
        Article article =
                new Article(
                        "Canal+ and Sekoia.io hired Christie's, Alvena Consulting and Justice Neil"
                                + " Gorsuch of the 5th U.S. Circuit Court of Appeals, near the"
                                + " pointe du Raz. It streams on Paramount+.");
        article.mention("Canal", ORGANIZATION, 0.9);
        article.mention("Sekoia", PERSON, 0.7);
        article.mention("Christie's", PERSON, 0.8);
        article.mention("Alvena Consulting", PERSON, 0.7);
        article.mention("Justice Neil Gorsuch", PERSON, 0.9);
        article.mention("U.S. Circuit Court of Appeals", ORGANIZATION, 0.9);
        article.mention("Raz", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Canal+", ORGANIZATION),
                        tuple("Sekoia.io", ORGANIZATION),
                        tuple("Christie's", ORGANIZATION),
                        tuple("Alvena Consulting", ORGANIZATION),
                        tuple("Neil Gorsuch", PERSON),
                        tuple("5th U.S. Circuit Court of Appeals", ORGANIZATION),
                        tuple("pointe du Raz", LOCATION),
                        tuple("Paramount+", ORGANIZATION));
    }

    @Test
    void aRoleBetweenABodyAndAPersonSeparatesThemButABodysOwnWordsDoNot() {
        Article article =
                new Article(
                        "Fed Chair Jerome Powell met ECB President Christine Lagarde, the Pan"
                                + " American Health Organization and the Korea Fair Trade"
                                + " Commission.");
        article.mention("Fed Chair Jerome Powell", ORGANIZATION, 0.8);
        article.mention("ECB President Christine Lagarde", PERSON, 0.9);
        article.mention("Pan American Health Organization", ORGANIZATION, 0.9);
        article.mention("Korea Fair Trade Commission", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Fed", ORGANIZATION),
                        tuple("Jerome Powell", PERSON),
                        tuple("ECB", ORGANIZATION),
                        tuple("Christine Lagarde", PERSON),
                        tuple("Pan American Health Organization", ORGANIZATION),
                        tuple("Korea Fair Trade Commission", ORGANIZATION));
    }

    @Test
    void titlesPortfoliosAndSentencesGoingOnAreCutFromNames() {
        Article article =
                new Article(
                        "Le ministre de l'Industrie et de l'Énergie a parlé. L'Institut Pasteur"
                                + " observe une circulation inhabituelle, selon le Haïtien Makenzy"
                                + " Orcel.");
        article.mention("ministre de l'Industrie", LOCATION, 0.9);
        article.mention("Énergie", LOCATION, 0.7);
        article.mention("Institut Pasteur observe une circulation", ORGANIZATION, 0.6);
        article.mention("Haïtien Makenzy Orcel", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Institut Pasteur", ORGANIZATION),
                        tuple("Haïtien", MISC),
                        tuple("Makenzy Orcel", PERSON));
    }

    @Test
    void twoFirmsAreTwoABodySpelledByItsAcronymIsOneAndAUsStateAbbreviationIsItsState() {
        Article article =
                new Article(
                        "PASO ROBLES, Calif., Oct 3 (Reuters) - Deutsche Bank and Capital Economics"
                                + " agreed with the National Snow and Ice Data Center (NSIDC)"
                                + " across California.");
        article.mention("PASO ROBLES", LOCATION, 0.9);
        article.mention("Calif", LOCATION, 0.9);
        article.mention("Deutsche Bank and Capital Economics", ORGANIZATION, 0.9);
        article.mention("National Snow", ORGANIZATION, 0.8);
        article.mention("Ice Data Center", ORGANIZATION, 0.8);
        article.mention("NSIDC", ORGANIZATION, 0.9);
        article.mention("California", LOCATION, 1.0);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Paso Robles", LOCATION),
                        tuple("California", LOCATION),
                        tuple("Deutsche Bank", ORGANIZATION),
                        tuple("Capital Economics", ORGANIZATION),
                        tuple("National Snow and Ice Data Center", ORGANIZATION));
        assertThat(mentionTexts(entities)).contains("Calif.", "California", "NSIDC");
    }

    @Test
    void aGivenNameOpeningANameSaysPersonUnlessTheNameIsAPlaceOrABodysOwn() {
        Article article =
                new Article(
                        "Robert Holzmann and Jordi Alba spoke at the Tyrone Guthrie Centre, then"
                                + " with the Philippine Red Cross.");
        article.mention("Robert Holzmann", ORGANIZATION, 0.6);
        article.mention("Jordi Alba", ORGANIZATION, 0.55);
        article.mention("Tyrone Guthrie Centre", LOCATION, 0.7);
        article.mention("Philippine Red Cross", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Robert Holzmann", PERSON),
                        tuple("Jordi Alba", PERSON),
                        tuple("Tyrone Guthrie Centre", LOCATION),
                        tuple("Philippine Red Cross", ORGANIZATION));
    }

    @Test
    void aPartyBeforeAPersonAndAfterHimInParenthesesIsNoPartOfHimAndAnAcronymCompletesItsBody() {
        Article article =
                new Article(
                        "Le député RN Franck Allisio et Gérard Larcher (LR) accusent les Forces de"
                                + " soutien rapide (FSR), près de la Mananga River.");
        article.mention("RN Franck Allisio", LOCATION, 0.7);
        article.mention("Gérard Larcher", PERSON, 0.9);
        article.mention("LR", ORGANIZATION, 0.9);
        article.mention("Forces", MISC, 0.6);
        article.mention("FSR", ORGANIZATION, 0.9);
        article.mention("Mananga River", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("RN", ORGANIZATION),
                        tuple("Franck Allisio", PERSON),
                        tuple("Gérard Larcher", PERSON),
                        tuple("LR", ORGANIZATION),
                        tuple("Forces de soutien rapide", ORGANIZATION),
                        tuple("Mananga River", LOCATION));
    }

    @Test
    void aLongLowerCaseNameIsTakenWholeWhenTheAcronymAfterItSpellsIt() {
        Article article =
                new Article(
                        "La Société des auteurs, compositeurs et éditeurs de musique (Sacem)"
                                + " reversera 1,5 million d'euros. L'Office central de lutte contre"
                                + " la corruption et les infractions financières et fiscales"
                                + " (OCLCIFF) enquête, avec l'Office anti-fraude (Ofac) et la"
                                + " Maison des artistes (Sacem).");
        article.mention("Société des auteurs", ORGANIZATION, 0.7);
        article.mention("Sacem", ORGANIZATION, 0.9);
        article.mention("Office", MISC, 0.6);
        article.mention("OCLCIFF", ORGANIZATION, 0.9);
        article.mention("Office", 2, MISC, 0.6);
        article.mention("Ofac", ORGANIZATION, 0.9);
        article.mention("Maison", MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .contains(
                        "Société des auteurs, compositeurs et éditeurs de musique",
                        "Office central de lutte contre la corruption et les infractions"
                                + " financières et fiscales")
                // An acronym that does not spell the words before it does not stretch them.
                .doesNotContain("Office anti-fraude", "Maison des artistes");
    }

    @Test
    void inAMatchReportATownIsItsClubButNotTheDatelineAVenueOrAPlayer() {
        Article article =
                new Article(
                        "LENS, 14 mars (AFP) - Rennes a battu Brest (2-1) samedi lors de la 27e"
                                + " journée du championnat, au stade Bollaert-Delelis à Lens,"
                                + " sur le Philippe-Chatrier de l'entraîneur Julien Stéphan. Le"
                                + " match a tourné à la mi-temps. Monaco reçoit Nantes.");
        article.mention("Rennes", LOCATION, 0.8);
        article.mention("Monaco", LOCATION, 0.9);
        article.mention("Nantes", LOCATION, 0.8);
        article.mention("Brest", LOCATION, 0.8);
        article.mention("Bollaert-Delelis", LOCATION, 0.7);
        article.mention("Lens", LOCATION, 0.9);
        article.mention("Philippe-Chatrier", LOCATION, 0.6);
        article.mention("Julien Stéphan", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Lens", LOCATION),
                        tuple("Rennes", ORGANIZATION),
                        tuple("Brest", ORGANIZATION),
                        // A listed country, but the city-state's club in a match report.
                        tuple("Monaco", ORGANIZATION),
                        tuple("Nantes", ORGANIZATION),
                        // The venues list writes it as French news does, with its lower-case head.
                        tuple("stade Bollaert-Delelis", LOCATION),
                        tuple("Philippe-Chatrier", LOCATION),
                        tuple("Julien Stéphan", PERSON));
    }

    @Test
    void aNameAfterAPrepositionOfPlaceOrListedWithPlacesIsAPlaceUnlessSomeonesOwn() {
        Article article =
                new Article(
                        "Authorities in Quang Ngai and Hue evacuated homes. Evacuees went to"
                                + " Hinton and Grande Prairie. In Tuesday's final, Kyren Wilson"
                                + " or China's Zhao Xintong will play. Investors in Salloway's"
                                + " fund lost money.");
        article.mention("Quang Ngai", PERSON, 0.7);
        article.mention("Hue", PERSON, 0.6);
        article.mention("Hinton", PERSON, 0.7);
        article.mention("Grande Prairie", LOCATION, 0.95);
        article.mention("Kyren Wilson", PERSON, 0.8);
        article.mention("China", LOCATION, 0.99);
        article.mention("Zhao Xintong", PERSON, 0.9);
        article.mention("Salloway", PERSON, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Quang Ngai", LOCATION),
                        tuple("Hue", LOCATION),
                        tuple("Hinton", LOCATION),
                        tuple("Grande Prairie", LOCATION),
                        tuple("Kyren Wilson", PERSON),
                        tuple("China", LOCATION),
                        tuple("Zhao Xintong", PERSON),
                        tuple("Salloway", PERSON));
    }

    @Test
    void numberedRoadsArabicArticlesNationalityNounsAndTheTaoiseachAreTakenRight() {
        Article article =
                new Article(
                        "Talks opened in Sharm el-Sheikh. Fire closed Highway 46 and U.S. Route"
                                + " 101. Welshman Jackson Page lost. Taoiseach Micheál Martin"
                                + " spoke.");
        article.mention("Sharm", LOCATION, 0.8);
        article.mention("U.S.", LOCATION, 0.9);
        article.mention("Welshman Jackson Page", PERSON, 0.8);
        article.mention("Taoiseach Micheál Martin", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Sharm el-Sheikh", LOCATION),
                        tuple("Highway 46", LOCATION),
                        tuple("U.S. Route 101", LOCATION),
                        tuple("Jackson Page", PERSON),
                        tuple("Micheál Martin", PERSON));
    }

    @Test
    void aBodysNameCutAtItsAndOrComplementIsWholeAndItsCueNounOrProductIsNotPartOfIt() {
        Article article =
                new Article(
                        "The International Association of Machinists and Aerospace Workers struck."
                                + " The American Council on Education and the Security Council on"
                                + " Tuesday spoke. The Libre alliance won. A SpaceX Falcon Heavy"
                                + " flew. Faber & Faber published it. The Canadian Red Cross"
                                + " appealed.");
        article.mention("International Association of Machinists", ORGANIZATION, 0.9);
        article.mention("Aerospace Workers", ORGANIZATION, 0.7);
        article.mention("American Council", ORGANIZATION, 0.8);
        article.mention("Security Council", ORGANIZATION, 0.9);
        article.mention("Libre alliance", ORGANIZATION, 0.7);
        article.mention("SpaceX Falcon Heavy", ORGANIZATION, 0.8);
        article.mention("Faber", PERSON, 0.8);
        article.mention("Faber", 2, PERSON, 0.8);
        article.mention("Canadian", MISC, 0.83);
        article.mention("Red Cross", ORGANIZATION, 0.75);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple(
                                "International Association of Machinists and Aerospace Workers",
                                ORGANIZATION),
                        tuple("American Council on Education", ORGANIZATION),
                        tuple("Security Council", ORGANIZATION),
                        tuple("Libre", ORGANIZATION),
                        tuple("SpaceX", ORGANIZATION),
                        tuple("Falcon Heavy", MISC),
                        tuple("Faber & Faber", ORGANIZATION),
                        tuple("Canadian Red Cross", ORGANIZATION));
    }

    @Test
    void aCompetitionsNationalityOrWorldBeginsItsName() {
        Article article =
                new Article(
                        "Max Verstappen won the Japanese Grand Prix, weeks after the Belgian Grand"
                                + " Prix and before the Hungarian Grand Prix. Judd Trump reached"
                                + " the World Snooker Championship final."
                                + " Australian Neil Robertson lost.");
        article.mention("Max Verstappen", PERSON, 0.99);
        article.mention("Japanese", MISC, 0.99);
        article.mention("Grand Prix", PERSON, 0.99);
        article.mention("Belgian", MISC, 0.99);
        article.mention("Grand Prix", 2, PERSON, 0.99);
        article.mention("Hungarian", MISC, 0.99);
        article.mention("Grand Prix", 3, MISC, 0.99);
        article.mention("Judd Trump", PERSON, 0.99);
        article.mention("World", MISC, 0.99);
        article.mention("Snooker Championship", MISC, 0.99);
        article.mention("Australian", MISC, 0.99);
        article.mention("Neil Robertson", PERSON, 0.99);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Max Verstappen", PERSON),
                        tuple("Japanese Grand Prix", MISC),
                        tuple("Belgian Grand Prix", MISC),
                        tuple("Hungarian Grand Prix", MISC),
                        tuple("Judd Trump", PERSON),
                        tuple("World Snooker Championship", MISC),
                        tuple("Australian", MISC),
                        tuple("Neil Robertson", PERSON));
    }

    @Test
    void moreFrenchNationalityNounsAreAPeople() {
        Article article =
                new Article(
                        "Le commissaire, le Chypriote Costas Kadis, a reçu les Kurdes et les"
                                + " Catalans.");
        article.mention("Chypriote", LOCATION, 0.7);
        article.mention("Costas Kadis", PERSON, 0.99);
        article.mention("Kurdes", LOCATION, 0.7);
        article.mention("Catalans", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Chypriote", MISC),
                        tuple("Costas Kadis", PERSON),
                        tuple("Kurdes", MISC),
                        tuple("Catalans", MISC));
    }

    @Test
    void aFrenchDemonymAfterADeterminerOrAYoungIsAPeople() {
        Article article =
                new Article(
                        "Les Bisontins vont payer. Les Saint-Gillois méritent mieux. Le jeune"
                                + " Lyonnais Paul Seixas attaque. La police est entrée dans la"
                                + " commune de Mirebalais.");
        article.mention("Bisontins", LOCATION, 0.7);
        article.mention("Saint-Gillois", LOCATION, 0.7);
        article.mention("Lyonnais", LOCATION, 0.7);
        article.mention("Paul Seixas", PERSON, 0.99);
        article.mention("Mirebalais", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Bisontins", MISC),
                        tuple("Saint-Gillois", MISC),
                        tuple("Lyonnais", MISC),
                        tuple("Paul Seixas", PERSON),
                        tuple("Mirebalais", LOCATION));
    }

    @Test
    void aMotorwayNumberIsAPlaceAndAnAirbusModelAProduct() {
        Article article =
                new Article(
                        "Les agriculteurs bloquent l'autoroute A62 et l'A64, tandis qu'Airbus"
                                + " livre des A340.");
        article.mention("A62", MISC, 0.7);
        article.mention("A64", MISC, 0.7);
        article.mention("Airbus", ORGANIZATION, 0.95);
        article.mention("A340", MISC, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("A62", LOCATION),
                        tuple("A64", LOCATION),
                        tuple("Airbus", ORGANIZATION),
                        tuple("A340", MISC));
    }

    @Test
    void aCloudBusinessOrASubsidiaryIsACompanys() {
        Article article =
                new Article(
                        "Regulators are examining Amazon's cloud business. Orange's subsidiary"
                                + " in Spain grew.");
        article.mention("Amazon", LOCATION, 0.8);
        article.mention("Orange", LOCATION, 0.8);
        article.mention("Spain", LOCATION, 0.95);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Amazon", ORGANIZATION),
                        tuple("Orange", ORGANIZATION),
                        tuple("Spain", LOCATION));
    }

    @Test
    void aCricketReportNamesItsSidesByTheirCountries() {
        Article report =
                new Article(
                        "Opener Keegan Mthembu struck 141 as South Africa built a lead over"
                                + " Pakistan and closed on 402 for seven. The fast bowler took"
                                + " three wickets in the innings.");
        report.mention("Keegan Mthembu", PERSON, 0.99);
        report.mention("South Africa", LOCATION, 0.9);
        report.mention("Pakistan", LOCATION, 0.9);

        assertThat(report.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Pakistan", ORGANIZATION));
    }

    @Test
    void aNounOpeningTheSentenceBeforeANameIsNotPartOfIt() {
        Article article =
                new Article(
                        "Host Montreal led 2-0. Utilities DTE Energy and Consumers Energy agreed."
                                + " The Host Hotels deal closed.");
        article.mention("Host Montreal", ORGANIZATION, 0.8);
        article.mention("Utilities DTE Energy", ORGANIZATION, 0.8);
        article.mention("Consumers Energy", ORGANIZATION, 0.8);
        article.mention("Host Hotels", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Montreal", "DTE Energy", "Consumers Energy", "Host Hotels");
    }

    @Test
    void aPartyThenItsListedDépartementAreTwoNamesButACobbledSectorIsOne() {
        Article article =
                new Article(
                        "La députée RN du Var Laure Montagnac a voté, comme le Rassemblement"
                                + " national. Le peloton a passé le Carrefour de l'Arbre.");
        article.mention("RN du Var", ORGANIZATION, 0.8);
        article.mention("Laure Montagnac", PERSON, 0.99);
        article.mention("Rassemblement national", ORGANIZATION, 0.9);
        article.mention("Carrefour de l'Arbre", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Rassemblement national", ORGANIZATION),
                        tuple("Var", LOCATION),
                        tuple("Laure Montagnac", PERSON),
                        tuple("Carrefour de l'Arbre", LOCATION));
    }

    @Test
    void aPortfolioAfterACommissionerOrAfterÀIsPartOfATitleNotAName() {
        Article article =
                new Article(
                        "Le commissaire européen à l'Énergie, Mikkel Sørensen, et le ministre"
                            + " délégué à l'Industrie, Antoine Ferrières, ont vu la commissaire"
                            + " européenne chargée de l'Environnement. Le secrétaire d'État chargé"
                            + " de la Mer est attendu. Le ministre s'est ensuite rendu à la"
                            + " Maison-Blanche.");
        article.mention("Énergie", LOCATION, 0.7);
        article.mention("Mikkel Sørensen", PERSON, 0.99);
        article.mention("Industrie", LOCATION, 0.7);
        article.mention("Antoine Ferrières", PERSON, 0.99);
        article.mention("Environnement", LOCATION, 0.7);
        article.mention("Mer", LOCATION, 0.7);
        article.mention("Maison-Blanche", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Mikkel Sørensen", "Antoine Ferrières", "Maison-Blanche");
    }

    @Test
    void aListedTownIsAPlaceOutsideMatchReportsAndNotInABooksTitle() {
        Article town =
                new Article(
                        "Data centres near Ann Arbor drew protests at the party conference in"
                                + " Liverpool. Strikers marched in Arequipa.");
        town.mention("Ann Arbor", PERSON, 0.7);
        town.mention("Liverpool", ORGANIZATION, 0.7);
        Article book =
                new Article(
                        "Le prix est allé à Sébastien Morel et son « Hiver à Valparaiso »"
                                + " (Gallimard).");
        book.mention("Sébastien Morel", PERSON, 0.99);
        book.mention("Gallimard", ORGANIZATION, 0.9);
        Article match =
                new Article(
                        "GRENOBLE, 14 mars (AFP) - Oyonnax a battu Grenoble (24-17) samedi lors de"
                                + " la 12e journée de Pro D2, grâce à un essai en fin de match.");
        match.mention("Oyonnax", ORGANIZATION, 0.8);
        match.mention("Grenoble", ORGANIZATION, 0.8);

        assertThat(town.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Ann Arbor", LOCATION),
                        tuple("Liverpool", LOCATION),
                        tuple("Arequipa", LOCATION));
        assertThat(book.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Sébastien Morel", "Gallimard");
        assertThat(match.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Oyonnax", ORGANIZATION), tuple("Grenoble", ORGANIZATION));
    }

    @Test
    void instrumentsIndicesAwardsAndMeetsAreThingsNotBodies() {
        Article article =
                new Article(
                        "The Extremely Large Telescope, the Near-Infrared Spectrograph and the"
                            + " Alpha Particle Spectrometer will help. The KBW Bank Index rose"
                            + " before the Prefontaine Classic and the Challenger Series. She won"
                            + " the Lasker Award, then the Webby Awards.");
        article.mention("Extremely Large Telescope", ORGANIZATION, 0.7);
        article.mention("Near-Infrared Spectrograph", ORGANIZATION, 0.7);
        article.mention("Alpha Particle Spectrometer", ORGANIZATION, 0.7);
        article.mention("KBW Bank Index", ORGANIZATION, 0.7);
        article.mention("Prefontaine Classic", ORGANIZATION, 0.7);
        article.mention("Challenger Series", PERSON, 0.6);
        article.mention("Lasker Award", PERSON, 0.6);
        article.mention("Webby Awards", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::type)
                .containsOnly(MISC)
                .hasSize(8);
    }

    @Test
    void aFirstNameTheEngineDidNotTakeForAPersonIsThePersonNamedAlsoBySurname() {
        Article article =
                new Article(
                        "Bukayo Saka scored. Saka later assisted. \"It's great to have Bukayo"
                                + " back,\" Arteta said. Trains stopped at Menton-Garavan, not in"
                                + " Menton.");
        article.mention("Bukayo Saka", PERSON, 0.99);
        article.mention("Saka", PERSON, 0.9);
        article.mention("Bukayo", 2, MISC, 0.6);
        article.mention("Arteta", PERSON, 0.9);
        article.mention("Menton-Garavan", PERSON, 0.6);
        article.mention("Menton", 2, LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Bukayo Saka", 3),
                        tuple("Arteta", 1),
                        tuple("Menton-Garavan", 1),
                        tuple("Menton", 1));
    }

    @Test
    void aHouseOrHallIsABuildingUnlessItIsAStatesAssemblyOrAListedBody() {
        Article article =
                new Article(
                        "Delegates met at Luthuli House while staff at Broadcasting House"
                                + " waited. Usher Hall sold out. The Texas House passed the bill,"
                                + " Chatham House said.");
        article.mention("Luthuli House", ORGANIZATION, 0.7);
        article.mention("Broadcasting House", ORGANIZATION, 0.7);
        article.mention("Usher Hall", ORGANIZATION, 0.7);
        article.mention("Texas House", ORGANIZATION, 0.7);
        article.mention("Chatham House", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Luthuli House", LOCATION),
                        tuple("Broadcasting House", LOCATION),
                        tuple("Usher Hall", LOCATION),
                        tuple("Texas House", ORGANIZATION),
                        tuple("Chatham House", ORGANIZATION));
    }

    @Test
    void aFrenchDirectorateIsNamedByItsLowerCaseHeadButAWayIsNot() {
        Article article =
                new Article(
                        "Selon la direction régionale des affaires culturelles des Hauts-de-France,"
                                + " les travaux reprennent. Le convoi est parti en direction de"
                                + " Lille.");
        article.mention("Hauts-de-France", LOCATION, 0.9);
        article.mention("Lille", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple(
                                "direction régionale des affaires culturelles des Hauts-de-France",
                                ORGANIZATION),
                        tuple("Lille", LOCATION));
    }

    @Test
    void aFrenchBodyIsNamedByItsLowerCaseHeadOrItsCapitalisedRegion() {
        Article article =
                new Article(
                        "La chambre régionale des comptes d'Occitanie et la section de recherches"
                            + " de Montpellier enquêtent. La Région Occitanie finance, la région"
                            + " Occitanie attend. Le conseil de Grenoble-Alpes Métropole a voté,"
                            + " selon le groupement de gendarmerie de la Creuse et la communauté"
                            + " d'agglomération de Saint-Quentin-en-Yvelines.");
        article.mention("Occitanie", LOCATION, 0.9);
        article.mention("Montpellier", LOCATION, 0.9);
        article.mention("Région Occitanie", LOCATION, 0.9);
        article.mention("Occitanie", 3, LOCATION, 0.9);
        article.mention("Grenoble-Alpes Métropole", LOCATION, 0.8);
        article.mention("Creuse", LOCATION, 0.9);
        article.mention("Saint-Quentin-en-Yvelines", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("chambre régionale des comptes d'Occitanie", ORGANIZATION),
                        tuple("section de recherches de Montpellier", ORGANIZATION),
                        tuple("Région Occitanie", ORGANIZATION),
                        tuple("Occitanie", LOCATION),
                        tuple("Grenoble-Alpes Métropole", ORGANIZATION),
                        tuple("groupement de gendarmerie de la Creuse", ORGANIZATION),
                        tuple(
                                "communauté d'agglomération de Saint-Quentin-en-Yvelines",
                                ORGANIZATION));
    }

    @Test
    void aLowerCaseCueNounTheEngineTookIntoAnOrganisationIsNoPartOfIt() {
        Article article =
                new Article(
                        "L'équipementier automobile Valmeca supprime 200 postes. La société d'État"
                                + " Hydro-Québec investit, conseillée par la banque Jefferies."
                                + " Valmeca, Hydro-Québec et Jefferies se taisent.");
        article.mention("L'équipementier automobile Valmeca", ORGANIZATION, 0.8);
        article.mention("société d'État Hydro-Québec", ORGANIZATION, 0.8);
        article.mention("banque Jefferies", ORGANIZATION, 0.8);
        article.mention("Valmeca", 2, ORGANIZATION, 0.9);
        article.mention("Hydro-Québec", 2, ORGANIZATION, 0.9);
        article.mention("Jefferies", 2, ORGANIZATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Valmeca", ORGANIZATION),
                        tuple("Hydro-Québec", ORGANIZATION),
                        tuple("Jefferies", ORGANIZATION));
        assertThat(entities)
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleEntity.ArticleMention::text)
                .containsOnly("Valmeca", "Hydro-Québec", "Jefferies");
    }

    @Test
    void aBodyWrittenInLowerCaseIsNamedWhenItsAcronymSpellsIt() {
        Article article =
                new Article(
                        "Le parquet national financier (PNF) enquête. L'agence régionale de santé"
                                + " de Bretagne (ARS) alerte. La taxe sur la valeur ajoutée (TVA)"
                                + " monte.");
        article.mention("PNF", ORGANIZATION, 0.9);
        article.mention("Bretagne", LOCATION, 0.9);
        article.mention("ARS", ORGANIZATION, 0.9);
        article.mention("TVA", ORGANIZATION, 0.6);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("parquet national financier", ORGANIZATION),
                        tuple("agence régionale de santé de Bretagne", ORGANIZATION),
                        tuple("TVA", ORGANIZATION));
        assertThat(entities)
                .filteredOn(e -> e.name().startsWith("agence"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleEntity.ArticleMention::text)
                .containsExactly("agence régionale de santé de Bretagne", "ARS");
    }

    @Test
    void anAcronymMaySpellACompoundWordAndFollowTheDepartmentsNumber() {
        Article article =
                new Article(
                        "La juridiction interrégionale spécialisée de Marseille (JIRS) a saisi le"
                                + " parquet national anticriminalité organisée (Pnaco), puis le"
                                + " service départemental d'incendie et de secours du Gard (SDIS"
                                + " 30). La police a parlé à la reine (Reuters).");
        article.mention("Marseille", LOCATION, 0.9);
        article.mention("JIRS", ORGANIZATION, 0.9);
        article.mention("Pnaco", LOCATION, 0.6);
        article.mention("Gard", LOCATION, 0.9);
        article.mention("SDIS", ORGANIZATION, 0.8);
        article.mention("Reuters", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("juridiction interrégionale spécialisée de Marseille", ORGANIZATION),
                        tuple("parquet national anticriminalité organisée", ORGANIZATION),
                        tuple(
                                "service départemental d'incendie et de secours du Gard",
                                ORGANIZATION),
                        tuple("Reuters", ORGANIZATION));
    }

    @Test
    void aUsBodyNamedAgainWithoutItsCountryAndABodyInItsTownAreWhatTheyName() {
        Article article =
                new Article(
                        "The U.S. Supreme Court ruled, forecasters at the National Hurricane Center"
                                + " in Miami said, and the American Cancer Society welcomed it. The"
                                + " Supreme Court sat in Kumamoto prefecture.");
        article.mention("U.S. Supreme Court", ORGANIZATION, 0.9);
        article.mention("National Hurricane Center in Miami", ORGANIZATION, 0.9);
        article.mention("American", MISC, 0.9);
        article.mention("Cancer Society", PERSON, 0.6);
        article.mention("Supreme Court", 2, ORGANIZATION, 0.9);
        article.mention("Kumamoto prefecture", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("U.S. Supreme Court", ORGANIZATION),
                        tuple("National Hurricane Center", ORGANIZATION),
                        tuple("Miami", LOCATION),
                        tuple("American Cancer Society", ORGANIZATION),
                        tuple("Kumamoto", LOCATION));
        assertThat(entities)
                .filteredOn(e -> e.name().equals("U.S. Supreme Court"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleEntity.ArticleMention::text)
                .containsExactly("U.S. Supreme Court", "Supreme Court");
    }

    @Test
    void aMinistryAndABodyWhoseCapitalisedHeadTheEngineCutAreWhole() {
        Article article =
                new Article(
                        "Le ministère de l'Economie et le ministère des Affaires étrangères ont"
                                + " réagi. Le ministre de l'Agriculture a parlé. Le Laboratoire"
                                + " d'astrophysique de Marseille publie.");
        article.mention("Economie", MISC, 0.6);
        article.mention("Laboratoire", LOCATION, 0.7);
        article.mention("Marseille", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("ministère de l'Economie", ORGANIZATION),
                        tuple("ministère des Affaires étrangères", ORGANIZATION),
                        tuple("Laboratoire d'astrophysique de Marseille", ORGANIZATION));
    }

    @Test
    void aMinistryMayBeNamedWithItsNationAndEndsBeforeAnotherNameAfterEt() {
        Article article =
                new Article(
                        "À Damas, le ministère syrien de l'Intérieur a réagi, et à Ottawa le"
                                + " ministère du Patrimoine canadien aussi. Le ministère public de"
                                + " Genève enquête. Le ministère de l'Agriculture et Bercy"
                                + " publieront un rapport.");
        article.mention("Damas", LOCATION, 0.9);
        article.mention("Ottawa", LOCATION, 0.9);
        article.mention("Genève", LOCATION, 0.9);
        article.mention("Bercy", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Damas", LOCATION),
                        tuple("ministère syrien de l'Intérieur", ORGANIZATION),
                        tuple("Ottawa", LOCATION),
                        tuple("ministère du Patrimoine canadien", ORGANIZATION),
                        tuple("ministère public de Genève", ORGANIZATION),
                        tuple("ministère de l'Agriculture", ORGANIZATION),
                        tuple("Bercy", LOCATION));
    }

    @Test
    void anInstitutionNamedAgainByItsHeadAloneIsTheOneInstitutionWithThatHead() {
        Article article =
                new Article(
                        "The European Parliament voted on Tuesday. Parliament also asked the"
                                + " Michigan House of Representatives to act, and the House agreed."
                                + " The Senate Homeland Security Committee met while the Senate"
                                + " was away.");
        article.mention("European Parliament", ORGANIZATION, 0.9);
        article.mention("Parliament", 2, LOCATION, 0.5);
        article.mention("Michigan House of Representatives", ORGANIZATION, 0.9);
        article.mention("House", 2, ORGANIZATION, 0.6);
        article.mention("Senate Homeland Security Committee", ORGANIZATION, 0.9);
        article.mention("Senate", 2, ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("European Parliament", ORGANIZATION, 2),
                        tuple("Michigan House of Representatives", ORGANIZATION, 2),
                        tuple("Senate Homeland Security Committee", ORGANIZATION, 1),
                        tuple("Senate", ORGANIZATION, 1));
    }

    @Test
    void aParliamentNamedByTheWordAloneIsFoundButNotInsideALongerName() {
        Article article =
                new Article(
                        "He told reporters outside Parliament Buildings in Nairobi that the"
                                + " president respects the independence of Parliament. The"
                                + " minister told Parliament on Monday. Protesters gathered at"
                                + " Parliament House.");
        article.mention("Parliament Buildings", LOCATION, 0.9);
        article.mention("Nairobi", LOCATION, 0.95);

        Article longer = new Article("Members of the Ruritanian Parliament left on Monday.");

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Parliament Buildings", LOCATION, 1),
                        tuple("Nairobi", LOCATION, 1),
                        tuple("Parliament", ORGANIZATION, 2));
        assertThat(longer.normalise()).isEmpty();
    }

    @Test
    void aClubsNicknameIsTheOneClubOfTheArticleItNames() {
        Article report =
                new Article("Tottenham Hotspur lost 2-1 at home. Spurs have not won since March.");
        report.mention("Tottenham Hotspur", ORGANIZATION, 0.9);
        report.mention("Spurs", ORGANIZATION, 0.8);
        Article two =
                new Article(
                        "L'Olympique lyonnais a recruté un attaquant. Les Gones joueront samedi à"
                                + " Lyon, devant leur public.");
        two.mention("Olympique lyonnais", ORGANIZATION, 0.9);
        two.mention("Gones", ORGANIZATION, 0.6);
        two.mention("Lyon", LOCATION, 0.95);

        assertThat(report.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactly(tuple("Tottenham Hotspur", 2));
        assertThat(two.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .contains(tuple("Lyon", 1))
                .doesNotContain(tuple("Olympique lyonnais", 3));
    }

    @Test
    void aTimeOfDayByItsTimeZoneIsNoName() {
        Article article =
                new Article("Brent crude rose 1% to $64.10 a barrel by 1030 GMT in London.");
        article.mention("1030 GMT", MISC, 0.7);
        article.mention("London", LOCATION, 0.95);

        assertThat(article.normalise()).extracting(ArticleEntity::name).containsExactly("London");
    }

    @Test
    void theFirstNumberOfAScoreWrittenInWordsIsNotPartOfTheClubsName() {
        Article article =
                new Article(
                        "Le Stade toulousain a dominé le Stade Rochelais 31 à 17 samedi, et le"
                                + " Racing 92 a joué contre le Rugby Club Massy Essonne à 14"
                                + " pendant dix minutes.");
        article.mention("Stade toulousain", ORGANIZATION, 0.9);
        article.mention("Stade Rochelais 31", MISC, 0.6);
        article.mention("Racing 92", ORGANIZATION, 0.8);
        article.mention("Rugby Club Massy Essonne", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Stade toulousain",
                        "Stade Rochelais",
                        "Racing 92",
                        "Rugby Club Massy Essonne");
    }

    @Test
    void leTourIsTheTourDeFranceEvenBesideOtherToursAndLeDauphineItsCriterium() {
        Article article =
                new Article(
                        "Le Tour de France 2027 s'élancera de Lille. « Le Tour se gagnera dans les"
                            + " Alpes », dit-il. Le Tour de France Femmes partira de Nice. Il a"
                            + " gagné le Critérium du Dauphiné, et le Dauphiné prépare au Tour.");
        article.mention("Tour de France 2027", MISC, 0.9);
        article.mention("Lille", LOCATION, 0.95);
        article.mention("Tour", 2, LOCATION, 0.6);
        article.mention("Alpes", LOCATION, 0.95);
        article.mention("Tour de France Femmes", MISC, 0.9);
        article.mention("Nice", LOCATION, 0.95);
        article.mention("Critérium du Dauphiné", MISC, 0.9);
        article.mention("Dauphiné", 2, LOCATION, 0.7);
        article.mention("Tour", 4, MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .contains(
                        tuple("Tour de France 2027", MISC, 3),
                        tuple("Tour de France Femmes", MISC, 1),
                        tuple("Critérium du Dauphiné", MISC, 2));
    }

    @Test
    void aWordOnlyACompanyHasAfterANameMakesItTheCompany() {
        Article firm =
                new Article(
                        "Bezos Expeditions, the firm of Amazon founder Jeff Bezos, invested."
                                + " Amazon's shares rose 1%.");
        firm.mention("Bezos Expeditions", ORGANIZATION, 0.8);
        firm.mention("Amazon", LOCATION, 0.8);
        firm.mention("Jeff Bezos", PERSON, 0.95);
        firm.mention("Amazon", 2, LOCATION, 0.8);
        Article team =
                new Article(
                        "The race was neutralised when Williams driver Alexander Albon stopped.");
        team.mention("Williams", PERSON, 0.7);
        team.mention("Alexander Albon", PERSON, 0.95);
        Article river = new Article("Fires in the Amazon rainforest spread as the Amazon dried.");
        river.mention("Amazon", LOCATION, 0.9);
        river.mention("Amazon", 2, LOCATION, 0.9);

        assertThat(firm.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Amazon", ORGANIZATION));
        assertThat(team.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Williams", ORGANIZATION), tuple("Alexander Albon", PERSON));
        assertThat(river.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Amazon", LOCATION))
                .doesNotContain(tuple("Amazon", ORGANIZATION));
    }

    @Test
    void aListedCompanyRightBeforeItsUnitsNameMakesTheUnitsFullName() {
        Article article =
                new Article(
                        "LOS ANGELES (Reuters) - Amazon MGM Studios has agreed to buy the studio,"
                                + " while Google DeepMind hired in London.");
        article.mention("LOS ANGELES", LOCATION, 0.95);
        article.mention("Amazon", LOCATION, 0.7);
        article.mention("MGM Studios", ORGANIZATION, 0.8);
        article.mention("Google", ORGANIZATION, 0.9);
        article.mention("DeepMind", ORGANIZATION, 0.8);
        article.mention("London", LOCATION, 0.95);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Los Angeles", LOCATION),
                        tuple("Amazon MGM Studios", ORGANIZATION),
                        tuple("Google DeepMind", ORGANIZATION),
                        tuple("London", LOCATION));
    }

    @Test
    void aOneWordNameOnNoListThatAndListsWithASureCompanyIsACompany() {
        Article article =
                new Article(
                        "The round was led by Index Ventures and Creandum. Le secrétaire général de"
                                + " l'OTAN, Rutte, a salué Microsoft et Peraton.");
        article.mention("Index Ventures", ORGANIZATION, 0.9);
        article.mention("Creandum", PERSON, 0.7);
        article.mention("OTAN", ORGANIZATION, 0.9);
        article.mention("Rutte", PERSON, 0.8);
        article.mention("Microsoft", ORGANIZATION, 0.9);
        article.mention("Peraton", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Creandum", ORGANIZATION),
                        tuple("Rutte", PERSON),
                        tuple("Peraton", ORGANIZATION));
    }

    @Test
    void anEnglishPeoplesNounOrAdjectiveAloneIsAPeopleNotAPersonOrAPlace() {
        Article article =
                new Article(
                        "The Dane won in Rome as New Zealanders watched, and the Indian side"
                                + " lost.");
        article.mention("Dane", PERSON, 0.8);
        article.mention("Rome", LOCATION, 0.95);
        article.mention("New Zealanders", LOCATION, 0.6);
        article.mention("Indian", LOCATION, 0.6);
        Article surname = new Article("Dane said he would return to the show next year.");
        surname.mention("Dane", PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Dane", MISC),
                        tuple("Rome", LOCATION),
                        tuple("New Zealanders", MISC),
                        tuple("Indian", MISC));
        assertThat(surname.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Dane", PERSON));
    }

    @Test
    void aWildfiresNameIsNoPersonButCalFireIsTheAgency() {
        Article article =
                new Article(
                        "The Thomas Fire burned near Ventura, Cal Fire said, and the Rancho Fire"
                                + " spread.");
        article.mention("Thomas Fire", PERSON, 0.7);
        article.mention("Ventura", LOCATION, 0.95);
        article.mention("Cal Fire", ORGANIZATION, 0.8);
        article.mention("Rancho Fire", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Thomas Fire", MISC),
                        tuple("Ventura", LOCATION),
                        tuple("Cal Fire", ORGANIZATION),
                        tuple("Rancho Fire", MISC));
    }

    @Test
    void aTradeNounRightBeforeANameMakesItACompany() {
        Article french =
                new Article(
                        "À Épernay, la maison Taittinger a gelé ses prix, selon un sondage Léger"
                                + " publié lundi.");
        french.mention("Épernay", LOCATION, 0.95);
        french.mention("Taittinger", PERSON, 0.7);
        french.mention("Léger", PERSON, 0.7);
        Article english =
                new Article(
                        "Pet supplies chain Petstock grew, and independent distributor Neon said"
                                + " the film would return.");
        english.mention("Petstock", PERSON, 0.6);
        english.mention("Neon", PERSON, 0.6);

        assertThat(french.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Taittinger", ORGANIZATION), tuple("Léger", ORGANIZATION));
        assertThat(english.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Petstock", ORGANIZATION), tuple("Neon", ORGANIZATION));
    }

    @Test
    void aTownWestOfWhichSomethingLiesOrBeforeAirportIsAPlace() {
        Article article =
                new Article(
                        "Sydney Trains suspended services west of Penrith, and he booked an Uber"
                                + " to Luton airport.");
        article.mention("Sydney Trains", ORGANIZATION, 0.9);
        article.mention("Penrith", ORGANIZATION, 0.6);
        article.mention("Luton", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Sydney Trains", ORGANIZATION),
                        tuple("Penrith", LOCATION),
                        tuple("Uber", ORGANIZATION),
                        tuple("Luton", LOCATION));
    }

    @Test
    void aNationalityAloneIsNoShortFormOfTheBodyItBegins() {
        Article article =
                new Article(
                        "Indonesian exporters were hit. The Indonesian Iron and Steel Industry"
                                + " Association protested.");
        article.mention("Indonesian", MISC, 0.9);
        article.mention("Indonesian Iron and Steel Industry Association", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Indonesian", MISC),
                        tuple("Indonesian Iron and Steel Industry Association", ORGANIZATION));
    }

    @Test
    void aCompetitionNamedAgainByItsFirstWordIsOneEntityButANationalityIsNot() {
        Article article =
                new Article(
                        "Tadej Pogacar vise le Tour de France. Le Tour partira de Lille. The"
                                + " Italian won the Italian Open.");
        article.mention("Tadej Pogacar", PERSON, 0.99);
        article.mention("Tour de France", MISC, 0.9);
        article.mention("Tour", 2, MISC, 0.8);
        article.mention("Lille", LOCATION, 0.9);
        article.mention("Italian", MISC, 0.9);
        article.mention("Italian Open", MISC, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Tadej Pogacar", PERSON),
                        tuple("Tour de France", MISC),
                        tuple("Lille", LOCATION),
                        tuple("Italian", MISC),
                        tuple("Italian Open", MISC));
        assertThat(entities)
                .filteredOn(e -> e.name().equals("Tour de France"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleEntity.ArticleMention::text)
                .containsExactly("Tour de France", "Tour");
    }

    @Test
    void aLowerCaseWordAfterANameIsNoPartOfItAndAnAcronymBeforeAPlaceIsABody() {
        Article article =
                new Article(
                        "Clearing in the Cerrado savanna rose. The fire spread from the Humboldt"
                                + " Park neighborhood across Humboldt Park. The FTSE 250 midcap"
                                + " index fell.");
        article.mention("Cerrado savanna", LOCATION, 0.9);
        article.mention("Humboldt Park neighborhood", LOCATION, 0.9);
        article.mention("Humboldt Park", 2, LOCATION, 0.9);
        article.mention("FTSE 250 midcap index", MISC, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Cerrado", LOCATION),
                        tuple("Humboldt Park", LOCATION),
                        tuple("FTSE 250", MISC));

        Article french =
                new Article(
                        "Monaco recevra Cholet dimanche. L'ARS Auvergne-Rhône-Alpes a ouvert une"
                                + " enquête.");
        french.mention("Monaco", LOCATION, 0.9);
        french.mention("Cholet dimanche", ORGANIZATION, 0.6);
        french.mention("ARS Auvergne-Rhône-Alpes", LOCATION, 0.7);

        assertThat(french.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Monaco", LOCATION),
                        tuple("Cholet", ORGANIZATION),
                        tuple("ARS Auvergne-Rhône-Alpes", ORGANIZATION));
    }

    @Test
    void aFirmsSiteIsTheFirmAndItsTownAndANameKnownAsAnotherIsOneEntity() {
        Article article =
                new Article(
                        "L'usine Stellantis de Trémery ferme, selon la Police nationale d'Haïti."
                                + " Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF.");
        article.mention("Stellantis de Trémery", PERSON, 0.6);
        article.mention("Police nationale d'Haïti", ORGANIZATION, 0.8);
        article.mention("Mohamed Hamdan Dagalo", PERSON, 0.9);
        article.mention("Hemedti", PERSON, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Stellantis", ORGANIZATION),
                        tuple("Trémery", LOCATION),
                        tuple("Police nationale d'Haïti", ORGANIZATION),
                        tuple("Mohamed Hamdan Dagalo", PERSON))
                .doesNotContain(tuple("Hemedti", PERSON));
        assertThat(
                        entities.stream()
                                .filter(e -> e.name().equals("Mohamed Hamdan Dagalo"))
                                .flatMap(e -> e.mentions().stream())
                                .map(ArticleMention::text))
                .containsExactly("Mohamed Hamdan Dagalo", "Hemedti");
    }

    @Test
    void aLoneSurnameTheEngineCallsAPlaceDoesNotOutvoteItsPersonsFullName() {
        Article article =
                new Article("Bukayo Saka marked his return. Saka restored the lead late on.");
        article.mention("Bukayo Saka", PERSON, 0.6);
        article.mention("Saka", 2, LOCATION, 0.64);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Bukayo Saka", PERSON));
    }

    @Test
    void aKnownFirmWhoseNameIsAlsoAWordIsThatFirmWhenListedWithASureOne() {
        Article article =
                new Article(
                        "Demand from Microsoft and Amazon stayed strong. The port stores carbon"
                                + " from Shell, ExxonMobil and Air Liquide.");
        article.mention("Microsoft", ORGANIZATION, 0.9);
        article.mention("Amazon", LOCATION, 0.8);
        article.mention("Shell", LOCATION, 0.79);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Amazon", ORGANIZATION),
                        tuple("Shell", ORGANIZATION),
                        tuple("ExxonMobil", ORGANIZATION),
                        tuple("Air Liquide", ORGANIZATION));
    }

    @Test
    void aFirmWhereAnAnalystWorksIsAFirmInFrenchAsInEnglish() {
        Article article =
                new Article(
                        "Pour Luca Solca, analyste chez Bernstein, le luxe ralentit, a dit"
                                + " Stéphane Beyazian, analyste chez Raymond James.");
        article.mention("Luca Solca", PERSON, 0.9);
        article.mention("Bernstein", PERSON, 0.7);
        article.mention("Stéphane Beyazian", PERSON, 0.9);
        article.mention("Raymond James", PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Luca Solca", PERSON),
                        tuple("Bernstein", ORGANIZATION),
                        tuple("Stéphane Beyazian", PERSON),
                        tuple("Raymond James", ORGANIZATION));
    }

    @Test
    void theSocialNetworkXIsTheFirmWhereTheTextSaysItIsANetwork() {
        Article article =
                new Article(
                        "Il a écrit sur le réseau social X sa solidarité. Duffy wrote on X. Plan X"
                                + " failed.");

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("X", ORGANIZATION));
        assertThat(mentionTexts(article.normalise())).hasSize(2);
    }

    @Test
    void inAMatchReportATownThatIsAWordOfItsClubsNameIsTheClub() {
        Article article =
                new Article(
                        "TOULOUSE, 14 mars (AFP) - L'ASM Clermont Auvergne a battu le Stade"
                                + " toulousain (24-17) samedi lors de la 20e journée du"
                                + " championnat. Clermont a mené dès la mi-temps, et le Thunder"
                                + " d'Oklahoma City Thunder joue en Oklahoma.");
        article.mention("ASM Clermont Auvergne", ORGANIZATION, 0.8);
        article.mention("Stade toulousain", ORGANIZATION, 0.8);
        article.mention("Clermont", LOCATION, 0.8);
        article.mention("Oklahoma City Thunder", ORGANIZATION, 0.8);
        article.mention("Oklahoma", 2, LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Toulouse", LOCATION),
                        tuple("ASM Clermont Auvergne", ORGANIZATION),
                        tuple("Stade toulousain", ORGANIZATION),
                        tuple("Oklahoma City Thunder", ORGANIZATION),
                        tuple("Oklahoma", LOCATION));
    }

    @Test
    void inAMatchReportATownIsTheClubNamedAfterItWithItsAdjective() {
        Article article =
                new Article(
                        "LENS, 14 mars (AFP) - Le Stade rennais a battu Lens (2-1) samedi lors de"
                                + " la 27e journée du championnat. Rennes a mené dès la mi-temps.");
        article.mention("Stade rennais", ORGANIZATION, 0.8);
        article.mention("Lens", LOCATION, 0.9);
        article.mention("Rennes", LOCATION, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Stade rennais", ORGANIZATION))
                .doesNotContain(tuple("Rennes", LOCATION), tuple("Rennes", ORGANIZATION));
        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("Stade rennais"))
                .singleElement()
                .extracting(entity -> entity.mentions().size())
                .isEqualTo(2);
    }

    @Test
    void inAMatchReportTheDatelineTownIsThePlaceAndTheSameTownInTheBodyItsClub() {
        Article article =
                new Article(
                        "TOULOUSE, 14 avril (AFP) - Le Stade toulousain a battu Clermont (31-14)"
                                + " samedi lors de la 20e journée du championnat. Toulouse a mené"
                                + " dès la mi-temps.");
        article.mention("TOULOUSE", LOCATION, 0.9);
        article.mention("Stade toulousain", ORGANIZATION, 0.8);
        article.mention("Clermont", LOCATION, 0.8);
        article.mention("Toulouse", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .contains(
                        tuple("Toulouse", LOCATION, 1), tuple("Stade toulousain", ORGANIZATION, 2));
    }

    @Test
    void inAMatchReportATownWithAClubsInitialsOrItsSportIsTheClubAndTheBareTownJoinsIt() {
        Article article =
                new Article(
                        "STRASBOURG, 14 mars (AFP) - La SIG Strasbourg a battu Cholet Basket"
                                + " (85-78) samedi lors de la 20e journée du championnat."
                                + " Strasbourg a mené dès la mi-temps. Cholet se déplacera à"
                                + " Gravelines pour affronter le BCM Gravelines-Dunkerque.");
        article.mention("STRASBOURG", LOCATION, 0.9);
        article.mention("SIG Strasbourg", LOCATION, 0.8);
        article.mention("Cholet Basket", PERSON, 0.6);
        article.mention("Strasbourg", 2, LOCATION, 0.9);
        article.mention("Cholet", 2, LOCATION, 0.9);
        article.mention("Gravelines", LOCATION, 0.9);
        article.mention("BCM Gravelines-Dunkerque", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Strasbourg", LOCATION, 1),
                        tuple("SIG Strasbourg", ORGANIZATION, 2),
                        tuple("Cholet Basket", ORGANIZATION, 2),
                        tuple("Gravelines", LOCATION, 1),
                        tuple("BCM Gravelines-Dunkerque", ORGANIZATION, 1));
    }

    @Test
    void inAMatchReportATownOfTwoWordsJoinsTheOneClubNamedAfterIt() {
        Article article =
                new Article(
                        "KANSAS CITY, Missouri, Dec 14 (Reuters) - The Kansas City Chiefs beat the"
                                + " Buffalo Bills 27-20 on Sunday. Kansas City scored two"
                                + " touchdowns in the second half, and the Bills lost their"
                                + " third game of the season.");
        article.mention("KANSAS CITY", LOCATION, 0.9);
        article.mention("Missouri", LOCATION, 0.9);
        article.mention("Kansas City Chiefs", ORGANIZATION, 0.9);
        article.mention("Buffalo Bills", ORGANIZATION, 0.9);
        article.mention("Kansas City", 2, LOCATION, 0.8);
        article.mention("Bills", 2, ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Kansas City", LOCATION, 1),
                        tuple("Missouri", LOCATION, 1),
                        tuple("Kansas City Chiefs", ORGANIZATION, 2),
                        tuple("Buffalo Bills", ORGANIZATION, 2));
    }

    @Test
    void aNameBeforeBasedIsWhereAFirmIsBasedUnlessItIsANationality() {
        Article article =
                new Article(
                        "AstraZeneca agreed to buy Boston-based Corvant Therapeutics, while the"
                                + " Swiss-based miner Glencore said its Espoo-based unit would"
                                + " close.");
        article.mention("AstraZeneca", ORGANIZATION, 0.9);
        article.mention("Boston", ORGANIZATION, 0.7);
        article.mention("Corvant Therapeutics", ORGANIZATION, 0.9);
        article.mention("Swiss", MISC, 0.8);
        article.mention("Glencore", ORGANIZATION, 0.9);
        article.mention("Espoo", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Boston", LOCATION), tuple("Swiss", MISC), tuple("Espoo", LOCATION));
    }

    @Test
    void aNameTurnedIntoAnAdjectiveIsTheNameAndWhereSomethingIsSetOrBoundIsAPlace() {
        Article article =
                new Article(
                        "Rio bought Turquoise Hill, the Canadian-listed miner. The Dunmorrow-set"
                                + " drama won. The Liberian-flagged tanker was Kelsby-bound.");
        article.mention("Rio", ORGANIZATION, 0.9);
        article.mention("Turquoise Hill", ORGANIZATION, 0.9);
        article.mention("Canadian-listed", MISC, 0.8);
        article.mention("Dunmorrow-set", MISC, 0.8);
        article.mention("Liberian-flagged", MISC, 0.8);
        article.mention("Kelsby-bound", MISC, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Canadian", MISC),
                        tuple("Dunmorrow", LOCATION),
                        tuple("Liberian", MISC),
                        tuple("Kelsby", LOCATION));
    }

    @Test
    void aGenericNounStandingAloneIsNoNameButOpensOrClosesOne() {
        Article article =
                new Article(
                        "Le Palais a saisi la justice. Le président de la République a parlé. The"
                                + " Port Authority said the Authority would appeal.");
        article.mention("Palais", ORGANIZATION, 0.7);
        article.mention("République", LOCATION, 0.7);
        article.mention("Port Authority", ORGANIZATION, 0.9);
        article.mention("Authority", 2, ORGANIZATION, 0.7);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Port Authority", ORGANIZATION));
        assertThat(mentionTexts(entities)).containsExactly("Port Authority");
    }

    @Test
    void aCapitalArticleInsideASentenceIsPartOfThePlacesNameButNotAtItsStart() {
        Article article =
                new Article(
                        "L'étape relie Annecy et Le Grand-Bornand. Le Vercors attend les coureuses"
                                + " au sommet de La Loge des Gardes, selon The Kelsby Courier.");
        article.mention("Annecy", LOCATION, 0.9);
        article.mention("Le Grand-Bornand", LOCATION, 0.8);
        article.mention("Le Vercors", LOCATION, 0.8);
        article.mention("La Loge des Gardes", LOCATION, 0.8);
        article.mention("The Kelsby Courier", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Annecy",
                        "Le Grand-Bornand",
                        "Vercors",
                        "La Loge des Gardes",
                        "The Kelsby Courier");
    }

    @Test
    void inEnglishALowerCaseWordAfterANameIsNoPartOfItButInFrenchItMayBe() {
        String english = "Lawmakers gathered in the Capitol rotunda near the Great Lakes basin.";
        Article article = new Article(english).inEnglish();
        article.mention("Capitol rotunda", LOCATION, 0.8);
        article.mention("Great Lakes basin", LOCATION, 0.8);
        Article french = new Article("Le texte déplaît à l'Union régionale des vignerons.");
        french.mention("Union régionale des vignerons", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Capitol", "Great Lakes");
        assertThat(french.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Union régionale des vignerons");
    }

    @Test
    void aDayInsideASpanEndsOneNameAndStartsTheNext() {
        Article article =
                new Article("Nantes affrontera Veszprém mercredi en Hongrie pour la finale.");
        article.mention("Nantes", ORGANIZATION, 0.9);
        article.mention("Veszprém mercredi en Hongrie", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Nantes", "Veszprém", "Hongrie");
    }

    @Test
    void theSealsOfTheJusticeMinistersTitleAndAPrimeMinistersTitleAreNoNames() {
        Article article =
                new Article(
                        "Saisi par le garde des Sceaux, Gérald Darmanin, le CSM a statué. Première"
                                + " ministre, elle vit à Sceaux.");
        article.mention("Sceaux", LOCATION, 0.8);
        article.mention("Gérald Darmanin", PERSON, 0.99);
        article.mention("CSM", ORGANIZATION, 0.9);
        article.mention("Première ministre", MISC, 0.6);
        article.mention("Sceaux", 2, LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Gérald Darmanin", "CSM", "Sceaux");
        assertThat(mentionTexts(entities)).containsOnlyOnce("Sceaux");
    }

    @Test
    void aVerbOpeningTheSentenceBeforeAFirstNameIsNoPartOfThePerson() {
        Article article =
                new Article(
                        "Laure Sansus est sortie blessée. « Perdre Laure nous a coûté cher », a dit"
                                + " l'entraîneur. Xavier Thomas a marqué.");
        article.mention("Laure Sansus", PERSON, 0.99);
        article.mention("Perdre Laure", PERSON, 0.8);
        article.mention("Xavier Thomas", PERSON, 0.99);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Laure Sansus", "Xavier Thomas");
        assertThat(mentionTexts(entities)).contains("Laure").doesNotContain("Perdre Laure");
    }

    @Test
    void aStormNamedAgainWithoutItsStormWordIsTheStormWhateverTheEngineTookItFor() {
        Article article =
                new Article(
                        "Hurricane Marco hit Louisiana. The levees were built after Hurricane"
                                + " Katrina in 2005. Marco is the strongest storm since the"
                                + " anniversary of Katrina.");
        article.mention("Hurricane Marco", MISC, 0.9);
        article.mention("Louisiana", LOCATION, 0.99);
        article.mention("Hurricane Katrina", MISC, 0.9);
        article.mention("Marco", 2, PERSON, 0.8);
        article.mention("Katrina", 2, LOCATION, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Hurricane Marco", MISC),
                        tuple("Louisiana", LOCATION),
                        tuple("Hurricane Katrina", MISC));
    }

    @Test
    void aTownOfSeveralWordsTheEngineTookForABodyIsAPlaceAfterIn() {
        Article article =
                new Article(
                        "Landry spoke in Baton Rouge. Omar made landfall near Les Cayes. Funds"
                                + " flowed in Johnson Matthey Group and in Court of Appeal. Staff"
                                + " in London North Eastern Railway depots stayed home.");
        article.mention("Landry", PERSON, 0.9);
        article.mention("Baton Rouge", ORGANIZATION, 0.6);
        article.mention("Omar", PERSON, 0.6);
        article.mention("Les Cayes", ORGANIZATION, 0.6);
        article.mention("Johnson Matthey Group", ORGANIZATION, 0.6);
        article.mention("Court of Appeal", ORGANIZATION, 0.6);
        article.mention("London North Eastern Railway", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Baton Rouge", LOCATION),
                        tuple("Les Cayes", LOCATION),
                        tuple("Johnson Matthey Group", ORGANIZATION),
                        tuple("Court of Appeal", ORGANIZATION),
                        tuple("London North Eastern Railway", ORGANIZATION));
    }

    @Test
    void aOneWordTownTheEngineTookForABodyIsAPlaceAfterInOrBesideOneOutsideMatchReports() {
        Article article =
                new Article(
                        "Trump held two rallies for him in Macon and Augusta, and the GOP sent"
                                + " staff to Savannah and GBI officials. Volvo cut jobs in"
                                + " Ghent.");
        article.mention("Trump", PERSON, 0.9);
        article.mention("Macon", LOCATION, 0.95);
        article.mention("Augusta", ORGANIZATION, 0.6);
        article.mention("GOP", ORGANIZATION, 0.9);
        article.mention("Savannah", LOCATION, 0.95);
        article.mention("GBI", ORGANIZATION, 0.9);
        article.mention("Volvo", ORGANIZATION, 0.9);
        article.mention("Ghent", ORGANIZATION, 0.6);
        Article match =
                new Article(
                        "The Denver Nuggets routed the Utah Jazz 131-98 in Salt Lake City, and"
                                + " Milwaukee beat Chicago 109-101 as the season's first game"
                                + " went to the coach's plan, with a league record.");
        match.mention("Denver Nuggets", ORGANIZATION, 0.9);
        match.mention("Utah Jazz", ORGANIZATION, 0.9);
        match.mention("Salt Lake City", LOCATION, 0.95);
        match.mention("Milwaukee", ORGANIZATION, 0.7);
        match.mention("Chicago", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Augusta", LOCATION),
                        tuple("GBI", ORGANIZATION),
                        tuple("Ghent", LOCATION));
        assertThat(match.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Milwaukee", ORGANIZATION));
    }

    @Test
    void inAMatchReportTheDatelineTownOpeningASentenceIsItsClubInTheWholeBody() {
        Article club =
                new Article(
                        "LENS, 8 février 2026 (AFP) - Lens a renversé Strasbourg (2-1) samedi lors"
                                + " de la 21e journée du championnat. « On a laissé Lens revenir"
                                + " dans le match », a regretté l'entraîneur.");
        club.mention("LENS", LOCATION, 0.9);
        club.mention("Lens", LOCATION, 0.9);
        club.mention("Strasbourg", LOCATION, 0.9);
        club.mention("Lens", 2, LOCATION, 0.9);
        Article place =
                new Article(
                        "DUBAI, Nov 22 (Reuters) - Conor Whelan won the title by two shots and"
                                + " rose to second in the Race to Dubai standings, with a 66 in the"
                                + " final round and a 2-1 edge in the playoff against the league's"
                                + " leader, as the coach said in Dubai.");
        place.mention("DUBAI", LOCATION, 0.9);
        place.mention("Conor Whelan", PERSON, 0.95);
        place.mention("Dubai", LOCATION, 0.9);
        place.mention("Dubai", 2, LOCATION, 0.9);

        assertThat(club.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Lens", LOCATION, 1),
                        tuple("Lens", ORGANIZATION, 2),
                        tuple("Strasbourg", ORGANIZATION, 1));
        assertThat(place.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .contains(tuple("Dubai", LOCATION, 3));
    }

    @Test
    void aFrenchBodyWhoseLowerCaseHeadStandsRightBeforeItsNameIsThatBody() {
        Article article =
                new Article(
                        "L'enquête vise la métropole Nice Côte d'Azur et l'université Grenoble"
                                + " Alpes, selon la chambre régionale des comptes Occitanie, qui"
                                + " siège à Montpellier.");
        article.mention("Nice Côte d'Azur", LOCATION, 0.8);
        article.mention("Grenoble Alpes", LOCATION, 0.8);
        article.mention("Occitanie", LOCATION, 0.8);
        article.mention("Montpellier", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("métropole Nice Côte d'Azur", ORGANIZATION),
                        tuple("université Grenoble Alpes", ORGANIZATION),
                        tuple("chambre régionale des comptes Occitanie", ORGANIZATION),
                        tuple("Montpellier", LOCATION));
    }

    @Test
    void theElidedWordOfTheVerbAfterANameIsNotPartOfIt() {
        Article article =
                new Article("Contacté, Vinci Construction n’a pas souhaité faire de commentaire.");
        article.mention("Vinci Construction n", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Vinci Construction");
    }

    @Test
    void aPersonAfterAPlaceAndACommaIsNoPlaceUnlessTheListGoesOn() {
        Article article =
                new Article(
                        "Le maire de Nice, Christian Estrosi, n'est pas visé. Des renforts sont"
                                + " partis de Lyon, Grenoble, Valence et Annecy.");
        article.mention("Nice", LOCATION, 0.95);
        article.mention("Christian Estrosi", PERSON, 0.7);
        article.mention("Lyon", LOCATION, 0.95);
        article.mention("Grenoble", PERSON, 0.6);
        article.mention("Valence", PERSON, 0.6);
        article.mention("Annecy", LOCATION, 0.95);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Christian Estrosi", PERSON),
                        tuple("Grenoble", LOCATION),
                        tuple("Valence", LOCATION));
    }

    @Test
    void frenchLocalBodiesAreOrganisations() {
        Article article =
                new Article(
                        "La Métropole de Lyon et Est Métropole Habitat financent, avec le Parc"
                                + " naturel régional des Grands Causses. Le Sdis de la Somme est"
                                + " intervenu.");
        article.mention("Métropole de Lyon", LOCATION, 0.8);
        article.mention("Est Métropole Habitat", LOCATION, 0.7);
        article.mention("Parc naturel régional des Grands Causses", LOCATION, 0.8);
        article.mention("Sdis de la Somme", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Métropole de Lyon", ORGANIZATION),
                        tuple("Est Métropole Habitat", ORGANIZATION),
                        tuple("Parc naturel régional des Grands Causses", ORGANIZATION),
                        tuple("Sdis de la Somme", ORGANIZATION));
    }

    @Test
    void aCountryAfterEnIsThePlaceNotTheEndOfACompanysName() {
        Article article =
                new Article(
                        "Trois opérateurs mobiles en France. Son propriétaire, Altice France,"
                                + " cherche à vendre.");
        article.mention("France", PERSON, 0.6);
        article.mention("Altice France", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("France", LOCATION));
    }

    @Test
    void centuriesNumbersAndRienAreNoNames() {
        Article article =
                new Article(
                        "Rien n'a changé depuis le XXe siècle, ni depuis le XIXe à Millau. Seize"
                                + " hommes sont jugés.");
        article.mention("Rien", MISC, 0.6);
        article.mention("Seize", LOCATION, 0.6);
        article.mention("XXe", MISC, 0.6);
        article.mention("XIXe", LOCATION, 0.6);
        article.mention("Millau", LOCATION, 0.9);

        assertThat(article.normalise()).extracting(ArticleEntity::name).containsExactly("Millau");
    }

    @Test
    void aFrenchListOfBodiesRepeatingItsDeIsSeveralBodies() {
        Article article =
                new Article(
                        "Les voix du Rassemblement, des Loyalistes et de Calédonie ensemble, et le"
                                + " soutien du groupe S&D, des Verts et du ministère de"
                                + " l'Intérieur et des Outre-mer.");
        article.mention("Loyalistes et de Calédonie ensemble", ORGANIZATION, 0.7);
        article.mention("S&D, des Verts", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Loyalistes", ORGANIZATION),
                        tuple("Calédonie ensemble", ORGANIZATION),
                        tuple("S&D", ORGANIZATION),
                        tuple("Verts", ORGANIZATION),
                        tuple("ministère de l'Intérieur et des Outre-mer", ORGANIZATION));
    }

    @Test
    void aVenueWordTheEngineTaggedApartEndsTheVenue() {
        Article article = new Article("Montpellier s'est imposé à la Sud de France Arena samedi.");
        article.mention("Montpellier", ORGANIZATION, 0.8);
        article.mention("Sud de France", LOCATION, 0.7);
        article.mention("Arena", ORGANIZATION, 0.5);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Sud de France Arena", LOCATION))
                .doesNotContain(tuple("Arena", ORGANIZATION));
    }

    @Test
    void anAcronymSpellingAPersonLikeNameMakesItABody() {
        Article article =
                new Article(
                        "Vijay, whose Tamilaga Vettri Kazhagam (TVK) has drawn crowds. The TVK"
                                + " said no.");
        article.mention("Vijay", PERSON, 0.9);
        article.mention("Tamilaga Vettri Kazhagam", PERSON, 0.7);
        article.mention("TVK", 1, ORGANIZATION, 0.8);
        article.mention("TVK", 2, ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Vijay", PERSON), tuple("Tamilaga Vettri Kazhagam", ORGANIZATION));
    }

    @Test
    void aCapitalisedHeadWithALowerCaseRestSpelledByItsAcronymIsOneBody() {
        Article article =
                new Article(
                        "Le ministre a annoncé la saisine du Bureau d'enquêtes sur les accidents"
                                + " de transport terrestre (BEA-TT).");
        article.mention("Bureau", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple(
                                "Bureau d'enquêtes sur les accidents de transport terrestre",
                                ORGANIZATION));
    }

    @Test
    void aListedPlaceTheEngineTookForAPersonEndsTheBodyBeforeIt() {
        Article article =
                new Article(
                        "YAOUNDE, 9 décembre 2026 (AFP) - Le tribunal militaire de Yaoundé a"
                                + " condamné l'opposant. Le barreau de Bordeaux proteste.");
        article.mention("YAOUNDE", LOCATION, 0.9);
        article.mention("Yaoundé", PERSON, 0.5);
        article.mention("Bordeaux", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Yaoundé", LOCATION),
                        tuple("tribunal militaire de Yaoundé", ORGANIZATION),
                        tuple("barreau de Bordeaux", ORGANIZATION));
    }

    @Test
    void aBodyNamedWithItsHeadBeforeOrAfterItsSubjectIsOne() {
        Article article =
                new Article(
                        "The U.S. Department of Justice sued Google. The Justice Department said"
                                + " the case goes on.");
        article.mention("U.S. Department of Justice", ORGANIZATION, 0.9);
        article.mention("Justice Department", ORGANIZATION, 0.9);

        // Google is found all the same: it is a name of the shipped list.
        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("U.S. Department of Justice", "Google");
    }

    @Test
    void theFirstOfTwoSurnamesNamesThePersonAgain() {
        Article article =
                new Article(
                        "Interior Minister Rafael Quispe Salazar was censured. Quispe said he"
                                + " would appeal.");
        article.mention("Rafael Quispe Salazar", PERSON, 0.9);
        article.mention("Quispe", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Rafael Quispe Salazar", PERSON));
    }

    @Test
    void aGivenNameInsideAnotherNameIsNoSurname() {
        Article article =
                new Article(
                        "Carlos Alcaraz won. His coach Juan Carlos Ferrero smiled, and Carlos"
                                + " thanked him.");
        article.mention("Carlos Alcaraz", PERSON, 0.9);
        article.mention("Juan Carlos Ferrero", PERSON, 0.9);
        article.mention("Carlos", 3, PERSON, 0.9);

        assertThat(article.normalise())
                .filteredOn(e -> e.name().equals("Juan Carlos Ferrero"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleMention::text)
                .containsExactly("Juan Carlos Ferrero");
    }

    @Test
    void aSurnameThatEndsAFullNameIsNotTakenForTheFirstOfTwo() {
        Article article =
                new Article(
                        "Rodrigo Paz won, as his father Jaime Paz Zamora had in 1989. Paz thanked"
                                + " voters.");
        article.mention("Rodrigo Paz", PERSON, 0.9);
        article.mention("Jaime Paz Zamora", PERSON, 0.9);
        article.mention("Paz", 3, PERSON, 0.9);

        assertThat(article.normalise())
                .filteredOn(e -> e.name().equals("Rodrigo Paz"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleMention::text)
                .containsExactly("Rodrigo Paz", "Paz");
    }

    @Test
    void verbsOpeningASentenceAreNoNames() {
        Article article = new Article("Arrêté en mars à Douala, il a été jugé. Allez voir.");
        article.mention("Arrêté", LOCATION, 0.5);
        article.mention("Douala", LOCATION, 0.9);
        article.mention("Allez", PERSON, 0.5);

        assertThat(article.normalise()).extracting(ArticleEntity::name).containsExactly("Douala");
    }

    @Test
    void anAcronymAndItsPlaceNameTheBodyItSpellsBeforeThePlace() {
        Article article =
                new Article(
                        "L'agence régionale de santé de Nouvelle-Aquitaine (ARS) ferme les"
                                + " urgences. L'ARS Nouvelle-Aquitaine l'a confirmé.");
        article.mention("Nouvelle-Aquitaine", 1, LOCATION, 0.9);
        article.mention("ARS", ORGANIZATION, 0.8);
        article.mention("ARS Nouvelle-Aquitaine", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple("agence régionale de santé de Nouvelle-Aquitaine", ORGANIZATION));
    }

    @Test
    void anAcronymSpellingABodyWithoutItsPlaceIsThatBody() {
        Article article =
                new Article(
                        "Le Service départemental d'incendie et de secours de la Gironde a engagé"
                                + " 300 pompiers. Le SDIS a évacué Lacanau.");
        article.mention("Service", LOCATION, 0.5);
        article.mention("Gironde", LOCATION, 0.9);
        article.mention("SDIS", ORGANIZATION, 0.8);
        article.mention("Lacanau", LOCATION, 0.9);

        assertThat(article.normalise())
                .filteredOn(e -> e.type() == ORGANIZATION)
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleMention::text)
                .containsExactly(
                        "Service départemental d'incendie et de secours de la Gironde", "SDIS");
    }

    @Test
    void theCapitalisedVilleOfAPlaceIsItsMunicipality() {
        Article article = new Article("Le festival est soutenu par la Ville de Rennes.");
        article.mention("Ville", LOCATION, 0.5);
        article.mention("Rennes", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Ville de Rennes", ORGANIZATION));
    }

    @Test
    void aCapitalisedHeadJoinsALongLowerCaseRestAndItsPlace() {
        Article article =
                new Article(
                        "Le Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe"
                                + " a coupé l'eau.");
        article.mention("Syndicat", LOCATION, 0.5);
        article.mention("Guadeloupe", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple(
                                "Syndicat mixte de gestion de l'eau et de l'assainissement de"
                                        + " Guadeloupe",
                                ORGANIZATION));
    }

    @Test
    void anIntersyndicaleIsACueNounNotPartOfTheName() {
        Article article = new Article("L'intersyndicale CGT-Cheminots appelle à la grève.");
        article.mention("intersyndicale CGT-Cheminots", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("CGT-Cheminots", ORGANIZATION));
    }

    @Test
    void energyCompaniesAreListedApartButACommitteeOfSubjectsIsOne() {
        Article article =
                new Article(
                        "Waaree Energies and Premier Energies rose. The Senate Energy and Natural"
                                + " Resources Committee met.");
        article.mention("Waaree Energies and Premier Energies", ORGANIZATION, 0.8);
        article.mention("Senate Energy and Natural Resources Committee", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Waaree Energies",
                        "Premier Energies",
                        "Senate Energy and Natural Resources Committee");
    }

    @Test
    void theSudOuestOfFranceIsARegionUnlessQuoted() {
        Article article =
                new Article(
                        "La mobilisation gagne tout le Sud-Ouest. Selon Sud Ouest, elle durera.");
        article.mention("Sud-Ouest", LOCATION, 0.8);
        article.mention("Sud Ouest", MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Sud-Ouest", LOCATION));
    }

    @Test
    void aCountryPrefixOpensTheBodysNameAndTheListStillKnowsTheBody() {
        Article article =
                new Article(
                        "The U.S. Justice Department sued. Markets watched the U.S. Federal"
                                + " Reserve, and the Fed held rates.");
        article.mention("U.S.", 1, LOCATION, 0.9);
        article.mention("Justice Department", ORGANIZATION, 0.9);
        article.mention("U.S.", 2, LOCATION, 0.9);
        article.mention("Federal Reserve", ORGANIZATION, 0.9);
        article.mention("Fed", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("U.S. Justice Department", ORGANIZATION),
                        tuple("U.S. Federal Reserve", ORGANIZATION));
    }

    @Test
    void aNationalityOrWorldOpensTheBodyTheEngineCutFromIt() {
        Article article =
                new Article(
                        "The Australian Food and Grocery Council objected, the Canadian Red Cross"
                                + " helped and the World Food Program flew in.");
        article.mention("Australian", MISC, 0.8);
        article.mention("Grocery Council", ORGANIZATION, 0.8);
        article.mention("Canadian", MISC, 0.8);
        article.mention("Red Cross", ORGANIZATION, 0.8);
        article.mention("World", MISC, 0.6);
        article.mention("Food Program", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Australian Food and Grocery Council", ORGANIZATION),
                        tuple("Canadian Red Cross", ORGANIZATION),
                        tuple("World Food Program", ORGANIZATION));
    }

    @Test
    void aCourtAndItsJurisdictionAreOneName() {
        Article article =
                new Article(
                        "The U.S. Court of Appeals for the Federal Circuit ruled, as did the U.S."
                                + " District Court for the Northern District of California.");
        article.mention("U.S. Court of Appeals", ORGANIZATION, 0.9);
        article.mention("Federal Circuit", LOCATION, 0.7);
        article.mention("U.S. District Court", ORGANIZATION, 0.9);
        article.mention("Northern District of California", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("U.S. Court of Appeals for the Federal Circuit", ORGANIZATION),
                        tuple(
                                "U.S. District Court for the Northern District of California",
                                ORGANIZATION));
    }

    @Test
    void aGivenNameAloneIsThePersonWhateverTheEngineThought() {
        Article article =
                new Article(
                        "La chanteuse Awa Diabaté a conquis Rennes. Awa reviendra en mars."
                                + " Le peintre Jasper Lee Hamblin est né à Jasper.");
        article.mention("Awa Diabaté", PERSON, 0.9);
        article.mention("Rennes", LOCATION, 0.9);
        article.mention("Awa", 2, LOCATION, 0.6);
        article.mention("Jasper Lee Hamblin", PERSON, 0.9);
        article.mention("Jasper", 2, LOCATION, 0.8);

        assertThat(article.normalise())
                .filteredOn(e -> e.name().equals("Awa Diabaté"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleMention::text)
                .containsExactly("Awa Diabaté", "Awa");
        assertThat(article.normalise())
                .filteredOn(e -> e.name().equals("Jasper Lee Hamblin"))
                .flatExtracting(ArticleEntity::mentions)
                .extracting(ArticleMention::text)
                .containsExactly("Jasper Lee Hamblin");
    }

    @Test
    void aPartyIsNamedAgainByItsMembers() {
        Article article =
                new Article(
                        "The Conservative Party tabled a motion. The Conservatives said the bill"
                                + " was rushed.");
        article.mention("Conservative Party", ORGANIZATION, 0.9);
        article.mention("Conservatives", MISC, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Conservative Party", ORGANIZATION));
    }

    @Test
    void lowerCaseWordsAfterACueNounDescribeTheNameAndAreNoPartOfIt() {
        Article article =
                new Article(
                        "L'association anticorruption Anticor s'est portée partie civile, comme"
                                + " le ministère de l'Intérieur.");
        article.mention("anticorruption Anticor", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Anticor", ORGANIZATION),
                        tuple("ministère de l'Intérieur", ORGANIZATION));
    }

    @Test
    void aPronounOpeningTheSentenceAndTheWordsAfterItAreNoPartOfTheName() {
        Article article =
                new Article(
                        "Le Tour de France 2027 partira d'Edimbourg. Nous voulions un Tour"
                                + " ouvert, a dit le directeur du Tour de France. Le ministre"
                                + " français des Affaires étrangères était là.");
        article.mention("Tour de France 2027", MISC, 0.9);
        article.mention("Edimbourg", LOCATION, 0.9);
        article.mention("Nous voulions un Tour", MISC, 0.5);
        article.mention("Tour de France", 2, MISC, 0.9);
        article.mention("Le ministre français des Affaires étrangères", ORGANIZATION, 0.6);

        // An article opening the sentence is no pronoun: the minister's title stays no name.
        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Tour de France 2027", "Edimbourg");
    }

    @Test
    void aVenueOrStreetNamedAfterSomeoneIsAPlaceWithItsHead() {
        Article article =
                new Article(
                        "Cholet a battu Le Mans dans la salle Gaston-Médecin, rue Jean-Jaurès.");
        article.mention("Gaston-Médecin", PERSON, 0.7);
        article.mention("Jean-Jaurès", PERSON, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("salle Gaston-Médecin", LOCATION),
                        tuple("rue Jean-Jaurès", LOCATION));
    }

    @Test
    void aFrenchBodyHeadTakesFourLowerCaseWordsBeforeItsPlace() {
        Article article =
                new Article(
                        "La chambre de commerce et d'industrie de Haute-Corse gère l'aéroport.");
        article.mention("Haute-Corse", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple("chambre de commerce et d'industrie de Haute-Corse", ORGANIZATION));
    }

    @Test
    void aBodyOfAPlaceInEnglishIsOneName() {
        Article article =
                new Article("The Electoral Commission of South Africa said turnout was low.");
        article.mention("Electoral Commission", ORGANIZATION, 0.9);
        article.mention("South Africa", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Electoral Commission of South Africa", ORGANIZATION));
    }

    @Test
    void aDayAndItsQualifierAfterANameAreNoPartOfIt() {
        Article article =
                new Article("Toulouse recevra le Stade rochelais samedi prochain à Ernest-Wallon.");
        article.mention("Toulouse", ORGANIZATION, 0.8);
        article.mention("Stade rochelais samedi prochain", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .contains("Stade rochelais")
                .doesNotContain("Stade rochelais samedi prochain");
    }

    @Test
    void aNameAfterChezIsTheFirm() {
        Article article =
                new Article("Son roman, publié chez Lauzier, a été couronné jeudi à Paris.");
        article.mention("Lauzier", PERSON, 0.6);
        article.mention("Paris", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Lauzier", ORGANIZATION));
    }

    @Test
    void aCollectiviteIsABodyAndARangeAPlace() {
        Article article =
                new Article(
                        "La Collectivité de Corse a voté. Rain fell over the Cascade Range on"
                                + " Monday.");
        article.mention("Collectivité de Corse", LOCATION, 0.8);
        article.mention("Cascade Range", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Collectivité de Corse", ORGANIZATION),
                        tuple("Cascade Range", LOCATION));
    }

    @Test
    void aCommissariatOrACommissionOfAPlaceIsABodyAndAPalaisAPlace() {
        Article article =
                new Article(
                        "Le commissariat d'Aulnay-sous-Bois et la commission locale d'information"
                                + " du Tricastin ont écrit au palais du Luxembourg.");
        article.mention("Aulnay-sous-Bois", LOCATION, 0.9);
        article.mention("Tricastin", LOCATION, 0.8);
        article.mention("Luxembourg", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("commissariat d'Aulnay-sous-Bois", ORGANIZATION),
                        tuple("commission locale d'information du Tricastin", ORGANIZATION),
                        tuple("palais du Luxembourg", LOCATION));
    }

    @Test
    void aLongLowerCaseBodySpelledByItsAcronymIsNamedWhole() {
        Article article =
                new Article(
                        "Le comité régional des pêches maritimes et des élevages marins de"
                                + " Normandie (CRPMEM) a protesté.");
        article.mention("Normandie", LOCATION, 0.9);
        article.mention("CRPMEM", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple(
                                "comité régional des pêches maritimes et des élevages marins de"
                                        + " Normandie",
                                ORGANIZATION));
    }

    @Test
    void twoBodiesJoinedByAndTheAreTwo() {
        Article article =
                new Article(
                        "Citigroup settled with the Federal Reserve and the Office of the"
                                + " Comptroller of the Currency.");
        article.mention("Citigroup", ORGANIZATION, 0.9);
        article.mention(
                "Federal Reserve and the Office of the Comptroller of the Currency",
                ORGANIZATION,
                0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Citigroup",
                        "Federal Reserve",
                        "Office of the Comptroller of the Currency");
    }

    @Test
    void aFrenchBodyOfTwoPlacesIsOneName() {
        Article article =
                new Article(
                        "Selon la préfecture maritime de la Manche et de la mer du Nord, le"
                                + " chalutier a coulé.");
        article.mention("Manche", LOCATION, 0.9);
        article.mention("mer du Nord", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(
                        tuple(
                                "préfecture maritime de la Manche et de la mer du Nord",
                                ORGANIZATION));
    }

    @Test
    void aFrenchNationalityBeforeAPersonIsNoPartOfTheName() {
        Article article =
                new Article(
                        "Seul l'Allemand Florian Lipowitz a suivi, devant la Néerlandaise Anouk de"
                                + " Vries.");
        article.mention("Allemand Florian Lipowitz", LOCATION, 0.7);
        article.mention("Néerlandaise Anouk de Vries", MISC, 0.7);

        assertThat(article.normalise())
                .filteredOn(e -> e.type() == PERSON)
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Florian Lipowitz", "Anouk de Vries");
    }

    @Test
    void anOriginAdjectiveAndAVerbAreNoPartOfABodysName() {
        Article article =
                new Article(
                        "Le navire de l'ONG allemande Sea-Watch a accosté. Le ministère des Armées"
                                + " rappelle que la commande est ferme.");
        article.mention("allemande Sea-Watch", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Sea-Watch", "ministère des Armées");
    }

    @Test
    void anAgencyNamedAfterItsSubjectsIsOne() {
        Article article =
                new Article(
                        "She led the Georgia Emergency Management and Homeland Security Agency.");
        article.mention(
                "Georgia Emergency Management and Homeland Security Agency", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Georgia Emergency Management and Homeland Security Agency");
    }

    @Test
    void anAcronymSpellsABodyWithoutItsPlaceOrItsStatePrefix() {
        Article article =
                new Article(
                        "L'Agence régionale de santé des Pays de la Loire a réagi; l'ARS promet"
                                + " des renforts. The NSW Rural Fire Service said the RFS was"
                                + " ready.");
        article.mention("Agence régionale de santé des Pays de la Loire", ORGANIZATION, 0.8);
        article.mention("ARS", ORGANIZATION, 0.8);
        article.mention("NSW Rural Fire Service", ORGANIZATION, 0.8);
        article.mention("RFS", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder(
                        "Agence régionale de santé des Pays de la Loire", "NSW Rural Fire Service");
    }

    @Test
    void aPollsterAndItsClientAreTwoAndASamuIsTheBodyOfItsPlace() {
        Article article =
                new Article(
                        "Selon un sondage Ifop pour L'Est Républicain, le Samu de Loire-Atlantique"
                                + " est saturé, sur le plateau de Millevaches aussi.");
        article.mention("Ifop pour L'Est Républicain", ORGANIZATION, 0.7);
        article.mention("Samu", LOCATION, 0.6);
        article.mention("Loire-Atlantique", LOCATION, 0.9);
        article.mention("Millevaches", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Ifop", ORGANIZATION),
                        tuple("L'Est Républicain", ORGANIZATION),
                        tuple("Samu de Loire-Atlantique", ORGANIZATION),
                        tuple("plateau de Millevaches", LOCATION));
    }

    @Test
    void aPartyOfAProvinceIsNamedAgainByItsMembers() {
        Article article =
                new Article("The Ontario Liberal Party objected. The Liberals want a vote.");
        article.mention("Ontario Liberal Party", ORGANIZATION, 0.9);
        article.mention("Liberals", MISC, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Ontario Liberal Party");
    }

    @Test
    void aRoleBetweenABodyOrPlaceAndItsHolderIsNeitherName() {
        Article article =
                new Article(
                        "Kerr County Judge Rob Kelly spoke after Supreme Court Justice Neil"
                                + " Gorsuch. The Scottish Executive said nothing.");
        article.mention("Kerr County Judge", LOCATION, 0.7);
        article.mention("Rob Kelly", PERSON, 0.9);
        article.mention("Supreme Court Justice", ORGANIZATION, 0.7);
        article.mention("Neil Gorsuch", PERSON, 0.9);
        article.mention("Scottish Executive", ORGANIZATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Kerr County", LOCATION),
                        tuple("Rob Kelly", PERSON),
                        tuple("Supreme Court", ORGANIZATION),
                        tuple("Neil Gorsuch", PERSON),
                        tuple("Scottish Executive", ORGANIZATION));
    }

    @Test
    void aPaysNamedAfterItsTownIsAPlaceAndItsPeopleInThePlural() {
        Article article =
                new Article(
                        "Des viticulteurs du Blayais ont manifesté. Au stade, des Choletais"
                                + " chantaient. Aux Philippines, le typhon approche.");
        article.mention("Blayais", LOCATION, 0.8);
        article.mention("Choletais", LOCATION, 0.8);
        article.mention("Philippines", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Blayais", LOCATION),
                        tuple("Choletais", MISC),
                        tuple("Philippines", LOCATION));
    }

    @Test
    void aCourtyardIsAPlaceAndItsHeadAloneNamesIt() {
        Article avignon =
                new Article(
                        "La pièce ouvrira dans la Cour d'honneur du palais des Papes. La Cour"
                                + " d'honneur est pleine.");
        avignon.mention("Cour d'honneur du palais des Papes", LOCATION, 0.8);
        avignon.mention("Cour d'honneur", 2, LOCATION, 0.6);
        Article twoCourtyards =
                new Article(
                        "La Cour d'honneur du palais des Papes et la Cour d'honneur de l'hôtel de"
                                + " ville : la Cour d'honneur est pleine.");
        twoCourtyards.mention("Cour d'honneur du palais des Papes", LOCATION, 0.8);
        twoCourtyards.mention("Cour d'honneur de l'hôtel de ville", LOCATION, 0.8);
        twoCourtyards.mention("Cour d'honneur", 3, LOCATION, 0.6);
        Article paris =
                new Article(
                        "L'hommage a eu lieu dans la cour d'honneur des Invalides, puis la cour"
                                + " d'appel de Paris a siégé.");
        paris.mention("cour d'honneur des Invalides", LOCATION, 0.7);
        paris.mention("Paris", LOCATION, 0.9);
        Article invalides =
                new Article("L'hommage a eu lieu dans la cour d'honneur des Invalides.");
        invalides.mention("Invalides", LOCATION, 0.9);

        assertThat(avignon.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Cour d'honneur du palais des Papes", LOCATION));
        assertThat(twoCourtyards.normalise()).hasSize(3);
        assertThat(paris.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("cour d'honneur des Invalides", LOCATION),
                        tuple("cour d'appel de Paris", ORGANIZATION));
        assertThat(invalides.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Invalides", LOCATION));
    }

    @Test
    void aCountryBeforeABodyTheEngineCutOffOpensItsName() {
        Article article =
                new Article(
                        "Au Ghana, le Ghana Cocoa Board (Cocobod) a relevé son prix, comme le"
                                + " Ghana Cocoa Board l'avait promis.");
        article.mention("Ghana", LOCATION, 0.9);
        article.mention("Ghana", 2, LOCATION, 0.9);
        article.mention("Cocoa Board", PERSON, 0.6);
        article.mention("Cocobod", LOCATION, 0.6);
        article.mention("Ghana Cocoa Board", 2, MISC, 0.6);

        Article others =
                new Article("At the Accra Cocoa Board meeting in Ghana John Mahama spoke.");
        others.mention("Accra", LOCATION, 0.9);
        others.mention("Cocoa Board", ORGANIZATION, 0.8);
        others.mention("Ghana", LOCATION, 0.9);
        others.mention("John Mahama", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Ghana", LOCATION), tuple("Ghana Cocoa Board", ORGANIZATION));
        assertThat(others.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Accra", "Cocoa Board", "Ghana", "John Mahama");
    }

    @Test
    void aListedPlaceStaysAPlaceWhateverItsWordsSayOfBodies() {
        Article article =
                new Article("Sinner won on Centre Court, the Centre for Policy Studies said.");
        article.mention("Centre Court", ORGANIZATION, 0.9);
        article.mention("Centre for Policy Studies", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Centre Court", LOCATION),
                        tuple("Centre for Policy Studies", ORGANIZATION));
    }

    @Test
    void anImprintNamedAfterItsFounderIsThePublisher() {
        Article article =
                new Article("The novel is published by Jonathan Cape and Hamish Hamilton.");
        article.mention("Jonathan Cape", PERSON, 0.9);
        article.mention("Hamish Hamilton", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Jonathan Cape", ORGANIZATION),
                        tuple("Hamish Hamilton", ORGANIZATION));
    }

    @Test
    void twoNationalitiesJoinedByAHyphenAreNoBody() {
        Article article =
                new Article("Hungarian-British writer David Szalay stayed at a Swiss-Belhotel.");
        article.mention("Hungarian-British", ORGANIZATION, 0.7);
        article.mention("David Szalay", PERSON, 0.9);
        article.mention("Swiss-Belhotel", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Hungarian-British", MISC),
                        tuple("David Szalay", PERSON),
                        tuple("Swiss-Belhotel", ORGANIZATION));
    }

    @Test
    void aListedBodysBranchNamedWithAHyphenIsABody() {
        Article article =
                new Article(
                        "L'Unsa-Ferroviaire appelle à la grève à Vichy-Cusset. Michelin-Laroche le"
                                + " regrette. Le dépôt de Colas-Rivière ferme.");
        article.mention("Unsa-Ferroviaire", LOCATION, 0.7);
        article.mention("Vichy-Cusset", LOCATION, 0.8);
        article.mention("Colas-Rivière", LOCATION, 0.8);
        article.mention("Michelin-Laroche", PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Unsa-Ferroviaire", ORGANIZATION),
                        tuple("Vichy-Cusset", LOCATION),
                        tuple("Colas-Rivière", LOCATION),
                        tuple("Michelin-Laroche", PERSON));
    }

    @Test
    void aNationalityInTheSingularAndThePluralIsOneEntity() {
        Article article =
                new Article(
                        "A Singaporean economist said Singaporeans will pay less. Williams"
                                + " named the yacht William.");
        article.mention("Singaporeans", MISC, 0.9);
        article.mention("Singaporean", MISC, 0.9);
        article.mention("Williams", PERSON, 0.9);
        article.mention("William", 2, MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Singaporeans", MISC),
                        tuple("Williams", PERSON),
                        tuple("William", MISC));
    }

    @Test
    void aCompassPointNamesAnotherRegionAndADemonymStaysOne() {
        Article article =
                new Article(
                        "Rivers in Yorkshire rose. Roads in North Yorkshire closed, South African"
                                + " crews said.");
        article.mention("Yorkshire", ORGANIZATION, 0.6);
        article.mention("North Yorkshire", ORGANIZATION, 0.6);
        article.mention("South African", MISC, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Yorkshire", LOCATION),
                        tuple("North Yorkshire", LOCATION),
                        tuple("South African", MISC));
    }

    @Test
    void aNameAndAKindOfPlaceIsThePlaceNamedAgainByItsName() {
        Article article =
                new Article(
                        "Thwaites Glacier is melting, and the Federal Capital Territory is dry."
                                + " Thwaites lost ice.");
        article.mention("Thwaites Glacier", ORGANIZATION, 0.6);
        article.mention("Federal Capital Territory", ORGANIZATION, 0.7);
        article.mention("Thwaites", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Thwaites Glacier", LOCATION),
                        tuple("Federal Capital Territory", LOCATION));
    }

    @Test
    void aTradeWordEndsACompanyAndACouncilTitleIsNoPartOfTheName() {
        Article article =
                new Article(
                        "Vinci Construction et Tisséo Ingénierie signent. Alderman Thomas Kowalczyk"
                                + " and the British Antarctic Survey agreed.");
        article.mention("Vinci Construction", PERSON, 0.6);
        article.mention("Tisséo Ingénierie", PERSON, 0.6);
        article.mention("Alderman Thomas Kowalczyk", PERSON, 0.9);
        article.mention("British", MISC, 0.9);
        article.mention("Antarctic Survey", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Vinci Construction", ORGANIZATION),
                        tuple("Tisséo Ingénierie", ORGANIZATION),
                        tuple("Thomas Kowalczyk", PERSON),
                        tuple("British Antarctic Survey", ORGANIZATION));
    }

    @Test
    void anAcronymFrenchPronouncesSpellsItsBodysFirstLetters() {
        Article article =
                new Article(
                        "L'Autorité de régulation de la communication audiovisuelle et numérique"
                                + " (Arcom) et l'Institut national de la santé et de la recherche"
                                + " médicale (Inserm) ont répondu à l'Union panafricaine pour la"
                                + " démocratie sociale (Upads). L'Arcom a tranché.");
        article.mention("Autorité", ORGANIZATION, 0.7);
        article.mention("Arcom", ORGANIZATION, 0.8);
        article.mention("Institut national de la santé", ORGANIZATION, 0.7);
        article.mention("Inserm", ORGANIZATION, 0.8);
        article.mention("Union panafricaine pour la démocratie sociale", LOCATION, 0.6);
        article.mention("Upads", LOCATION, 0.6);
        article.mention("Arcom", 2, ORGANIZATION, 0.8);
        Article union = new Article("L'Union Bordeaux-Bègles a annoncé un nouveau président.");
        union.mention("Union Bordeaux-Bègles", LOCATION, 0.8);
        assertThat(union.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Union Bordeaux-Bègles", ORGANIZATION));

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple(
                                "Autorité de régulation de la communication audiovisuelle et"
                                        + " numérique",
                                ORGANIZATION),
                        tuple(
                                "Institut national de la santé et de la recherche médicale",
                                ORGANIZATION),
                        tuple("Union panafricaine pour la démocratie sociale", ORGANIZATION));
    }

    @Test
    void aBodysNameGoesOnToItsAcronymFromALinkWordOrAnAdjectiveOnly() {
        Article article =
                new Article(
                        "La Commission européenne a publié hier (CE) un avis du Groupe d’experts"
                                + " intergouvernemental sur l’évolution du climat (GIEC). The Union"
                                + " Buildings were lit.");
        article.mention("Commission européenne", ORGANIZATION, 0.9);
        article.mention("Groupe d’experts", ORGANIZATION, 0.8);
        article.mention("GIEC", ORGANIZATION, 0.8);
        article.mention("Union Buildings", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Commission européenne", ORGANIZATION),
                        tuple(
                                "Groupe d’experts intergouvernemental sur l’évolution du climat",
                                ORGANIZATION),
                        tuple("Union Buildings", LOCATION));
    }

    @Test
    void anOfficeForItsSubjectAndAnEmbassyInItsCapitalAreOneName() {
        Article article =
                new Article(
                        "The U.N. Office for the Coordination of Humanitarian Affairs and the U.S."
                            + " Embassy in Havana spoke; Ford Motor Co said Ford would recall.");
        article.mention("U.N. Office", ORGANIZATION, 0.9);
        article.mention("Coordination of Humanitarian Affairs", ORGANIZATION, 0.8);
        article.mention("U.S. Embassy", ORGANIZATION, 0.9);
        article.mention("Havana", LOCATION, 0.9);
        article.mention("Ford Motor Co", ORGANIZATION, 0.9);
        article.mention("Ford", 2, ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple(
                                "U.N. Office for the Coordination of Humanitarian Affairs",
                                ORGANIZATION),
                        tuple("U.S. Embassy in Havana", ORGANIZATION),
                        tuple("Ford Motor Co", ORGANIZATION));
    }

    @Test
    void aFrenchTownIsNamedWithItsContractedArticleAndAgainWithoutItsRiver() {
        Article article =
                new Article(
                        "Les dockers de Fos-sur-Mer appellent à la grève au Havre. À Fos, le"
                                + " terminal est bloqué.");
        article.mention("Fos-sur-Mer", LOCATION, 0.9);
        article.mention("Havre", LOCATION, 0.9);
        article.mention("Fos", 2, LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("Fos-sur-Mer", 2), tuple("Le Havre", 1));
    }

    @Test
    void aNationalTeamIsNamedByItsNicknameAndByItsCountry() {
        Article article =
                new Article(
                        "The All Blacks beat South Africa 24-17. New Zealand led at half-time and"
                                + " the Springboks never caught up.");
        article.mention("All Blacks", ORGANIZATION, 0.9);
        article.mention("South Africa", LOCATION, 0.9);
        article.mention("New Zealand", LOCATION, 0.9);
        article.mention("Springboks", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("New Zealand", ORGANIZATION, 2),
                        tuple("South Africa", ORGANIZATION, 2));
    }

    @Test
    void aCourtSaysWhichOneAndACourtyardIsNone() {
        Article article =
                new Article(
                        "Le défilé a eu lieu dans la cour du Louvre; la cour d'appel de Paris et"
                                + " Tisséo Collectivités ont été saisies.");
        article.mention("Louvre", LOCATION, 0.9);
        article.mention("Paris", LOCATION, 0.9);
        article.mention("Tisséo Collectivités", PERSON, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Louvre", LOCATION),
                        tuple("cour d'appel de Paris", ORGANIZATION),
                        tuple("Tisséo Collectivités", ORGANIZATION));
    }

    @Test
    void aDatelineOfTwoPlacesKeepsItsCreditOutAndACrossingIsNamedByItsPlace() {
        Article article =
                new Article(
                        "HONG KONG/LONDON, Oct 27 (Reuters) - HSBC rose. The Rafah crossing was"
                                + " shut.");
        article.mention("HONG KONG", LOCATION, 0.9);
        article.mention("LONDON", LOCATION, 0.9);
        article.mention("Reuters", ORGANIZATION, 0.9);
        article.mention("HSBC", ORGANIZATION, 0.9);
        article.mention("Rafah", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Hong Kong", "London", "HSBC", "Rafah");
    }

    @Test
    void anItalianPlaceKeepsItsParticleAndABodyItsCountry() {
        Article article =
                new Article(
                        "The race climbed to San Fermo della Battaglia, and Arts Council England"
                                + " funded the stage in Como.");
        article.mention("San Fermo", LOCATION, 0.9);
        article.mention("Battaglia", PERSON, 0.7);
        article.mention("Arts Council", ORGANIZATION, 0.9);
        article.mention("England", LOCATION, 0.9);
        article.mention("Como", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("San Fermo della Battaglia", LOCATION),
                        tuple("Arts Council England", ORGANIZATION),
                        tuple("Como", LOCATION));
    }

    @Test
    void aDepartmentOfSeveralSubjectsIsOneAndLettersAfterANameAreNoPartOfIt() {
        Article article =
                new Article(
                        "The Department for Science, Innovation and Technology backed the"
                                + " populist Sahra Wagenknecht Alliance (BSW), said Thomas Pilgrim"
                                + " KC.");
        article.mention("Department for Science", ORGANIZATION, 0.9);
        article.mention("Innovation", ORGANIZATION, 0.6);
        article.mention("Sahra Wagenknecht Alliance", PERSON, 0.7);
        article.mention("Thomas Pilgrim KC", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Department for Science, Innovation and Technology", ORGANIZATION),
                        tuple("Sahra Wagenknecht Alliance", ORGANIZATION),
                        tuple("Thomas Pilgrim", PERSON));
    }

    @Test
    void aNationalityNounAfterATitleTheEngineTookIsNoPartOfThePerson() {
        Article article =
                new Article(
                        "Figurent « Les Nuits de Tbilissi » de la Géorgienne Nino Kipiani, chez"
                                + " Dargaud.");
        article.mention("Les Nuits de Tbilissi » de la Géorgienne Nino Kipiani", MISC, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Géorgienne", MISC), tuple("Nino Kipiani", PERSON));
    }

    @Test
    void aBodyNamedAfterSomeoneIsNoDescriptorAndAPerson() {
        Article article =
                new Article("The ministry backed the Sahra Wagenknecht Alliance, said Mr Pilgrim.");
        article.mention("Sahra Wagenknecht Alliance", PERSON, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Sahra Wagenknecht Alliance", ORGANIZATION));
    }

    @Test
    void aSurnameTheEngineTwiceCallsAPlaceIsStillItsPersonWhenNoListNamesIt() {
        Article article =
                new Article(
                        "Mathis Lacombe a marqué à la 63e minute. Lacombe a alors conclu en coin,"
                                + " puis Lacombe s'est échappé le long de la touche.");
        article.mention("Mathis Lacombe", PERSON, 0.9);
        article.mention("Lacombe", 2, LOCATION, 0.7);
        article.mention("Lacombe", 3, LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Mathis Lacombe", PERSON));
    }

    @Test
    void aPersonsFullNameTheEngineCallsAPlaceJoinsTheSurnameItReadsAsAPerson() {
        Article article =
                new Article(
                        "The Conservative won ahead of the NDP's Jordan Whitecloud on 34.9%."
                                + " Whitecloud conceded on Tuesday night.");
        article.mention("Jordan Whitecloud", LOCATION, 0.6);
        article.mention("Whitecloud", PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Jordan Whitecloud", PERSON))
                .doesNotContain(tuple("Whitecloud", PERSON));
    }

    @Test
    void theLocalNameOfTheArticlesOneStormIsThatStorm() {
        Article article =
                new Article(
                        "Typhoon Sinlaku hit Samar. The typhoon, known locally as Ester, made"
                                + " landfall before dawn. Known locally as Ester, the storm killed"
                                + " nine.");
        article.mention("Typhoon Sinlaku", MISC, 0.6);
        article.mention("Samar", LOCATION, 0.9);
        article.mention("Ester", PERSON, 0.8);
        article.mention("Ester", 2, PERSON, 0.8);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Typhoon Sinlaku", MISC), tuple("Samar", LOCATION));
        assertThat(mentionTexts(entities)).contains("Ester", "Ester");
    }

    @Test
    void aLocalNameBesideTwoStormsOrNoStormIsLeftAlone() {
        Article twoStorms =
                new Article(
                        "Typhoon Sinlaku and Typhoon Kujira formed. The typhoon, known locally as"
                                + " Ester, hit first.");
        twoStorms.mention("Typhoon Sinlaku", MISC, 0.6);
        twoStorms.mention("Typhoon Kujira", MISC, 0.6);
        twoStorms.mention("Ester", PERSON, 0.8);
        Article noStormNoun =
                new Article("Typhoon Sinlaku hit. The singer, known locally as Ester, sang.");
        noStormNoun.mention("Typhoon Sinlaku", MISC, 0.6);
        noStormNoun.mention("Ester", PERSON, 0.8);

        assertThat(twoStorms.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Ester", PERSON));
        assertThat(noStormNoun.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Ester", PERSON));
    }

    @Test
    void inAMatchBetweenCountriesACountryIsItsNationalTeamUnlessTheWordsMakeItThePlace() {
        Article article =
                new Article(
                        "SINGAPORE (AP) - Ireland scored three tries to beat Australia 31-20"
                                + " on Saturday. Ireland coach Andy Farrell praised the game and"
                                + " New Zealand's Ben O'Keeffe, the referee."
                                + " Australia, who trained in France, finish their tour against"
                                + " Wales in Cardiff.");
        article.mention("SINGAPORE", LOCATION, 0.9);
        article.mention("Ireland", LOCATION, 0.9);
        article.mention("Australia", LOCATION, 0.9);
        article.mention("Ireland", 2, LOCATION, 0.9);
        article.mention("Andy Farrell", PERSON, 0.9);
        article.mention("New Zealand", LOCATION, 0.9);
        article.mention("Ben O'Keeffe", PERSON, 0.9);
        article.mention("Australia", 2, LOCATION, 0.9);
        article.mention("Wales", LOCATION, 0.9);
        article.mention("France", LOCATION, 0.9);
        article.mention("Cardiff", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Singapore", LOCATION),
                        tuple("Ireland", ORGANIZATION),
                        tuple("Australia", ORGANIZATION),
                        tuple("Andy Farrell", PERSON),
                        tuple("New Zealand", LOCATION),
                        tuple("Ben O'Keeffe", PERSON),
                        tuple("Wales", ORGANIZATION),
                        tuple("France", LOCATION),
                        tuple("Cardiff", LOCATION));
    }

    @Test
    void aPlayersCountryInAMatchReportStaysAPlace() {
        Article article =
                new Article(
                        "TURIN (Reuters) - Britain's Oliver Thackeray beat Spain's world number one"
                            + " Mateo Ruiz 6-3 6-4 in the season's last match. The coach said the"
                            + " game was won early; in England or Spain that point counts.");
        article.mention("TURIN", LOCATION, 0.9);
        article.mention("Britain", LOCATION, 0.9);
        article.mention("Oliver Thackeray", PERSON, 0.9);
        article.mention("Spain", LOCATION, 0.9);
        article.mention("Mateo Ruiz", PERSON, 0.9);
        article.mention("England", LOCATION, 0.9);
        article.mention("Spain", 2, LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Britain", LOCATION),
                        tuple("Spain", LOCATION),
                        tuple("England", LOCATION));
    }

    @Test
    void airportsFieldsParksRoadsForestsDamsPalacesInletsAndStreetsArePlaces() {
        List<String> places =
                List.of(
                        "Seattle-Tacoma International Airport",
                        "Ford Field",
                        "T-Mobile Park",
                        "Manila North Road",
                        "Los Padres National Forest",
                        "Mullaperiyar Dam",
                        "Ciragan Palace",
                        "Jupiter Inlet",
                        "Kenyatta Avenue",
                        "Fleet Street",
                        "Sunset Boulevard",
                        "Pioneer Courthouse Square",
                        "Great Western Highway",
                        "Drury Lane",
                        "Hintze Ribeiro Bridge");
        Article article = new Article("They passed " + String.join(", ", places) + ".");
        for (String place : places) {
            article.mention(place, ORGANIZATION, 0.6);
        }

        assertThat(article.normalise())
                .extracting(ArticleEntity::type)
                .hasSize(places.size())
                .containsOnly(LOCATION);
    }

    @Test
    void aListedFirmNamedWithAListedPlaceIsThatFirmsArm() {
        Article article =
                new Article(
                        "Son propriétaire, Altice France, espérait un feu vert ; le Crédit agricole"
                                + " Aquitaine prête aux viticulteurs.");
        article.mention("Altice France", PERSON, 0.7);
        article.mention("Crédit agricole Aquitaine", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Altice France", ORGANIZATION),
                        tuple("Crédit agricole Aquitaine", ORGANIZATION));
    }

    @Test
    void aListedBodyOfSeveralWordsThenAPersonAreTwo() {
        Article article =
                new Article(
                        "Figurent le pilier du Stade rochelais Enzo Marchetti, 22 ans, et la"
                                + " députée RN du Var Laure Montagnac.");
        article.mention("Stade rochelais Enzo Marchetti", LOCATION, 0.6);
        article.mention("RN du Var Laure Montagnac", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Stade rochelais", ORGANIZATION),
                        tuple("Enzo Marchetti", PERSON),
                        // The party and its listed département.
                        tuple("RN", ORGANIZATION),
                        tuple("Var", LOCATION),
                        tuple("Laure Montagnac", PERSON));
    }

    @Test
    void aFrenchBrigadeDioceseOrTeamIsABodyNamedAfterItsPlace() {
        Article article =
                new Article(
                        "La brigade de gendarmerie de Felletin enquête ; le diocèse de Beauvais et"
                                + " l'équipe de France ont réagi.");
        article.mention("Felletin", LOCATION, 0.9);
        article.mention("Beauvais", LOCATION, 0.9);
        article.mention("France", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("brigade de gendarmerie de Felletin", ORGANIZATION),
                        tuple("diocèse de Beauvais", ORGANIZATION),
                        tuple("équipe de France", ORGANIZATION));
    }

    @Test
    void aSchoolOrCentreNamedAfterSomeoneIsABodyAndItsNameAloneIsIt() {
        Article article =
                new Article(
                        "Le lycée Saint-Exupéry ferme une classe ; Saint-Exupéry garde ses élèves."
                            + " Le centre Léon-Bérard recrute, et le centre Tom Pradier a marqué.");
        article.mention("Saint-Exupéry", PERSON, 0.8);
        article.mention("Saint-Exupéry", 2, PERSON, 0.8);
        article.mention("Léon-Bérard", PERSON, 0.8);
        article.mention("Tom Pradier", PERSON, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("lycée Saint-Exupéry", ORGANIZATION),
                        tuple("centre Léon-Bérard", ORGANIZATION),
                        tuple("Tom Pradier", PERSON));
        assertThat(mentionTexts(entities))
                .containsExactlyInAnyOrder(
                        "lycée Saint-Exupéry",
                        "Saint-Exupéry",
                        "centre Léon-Bérard",
                        "Tom Pradier");
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneNamedBeforeItWhenTheOtherComesAfter() {
        Article article =
                new Article(
                        "Marcus Delgado, 27, died on Nov. 18. Police said Delgado had reached"
                                + " toward his waist, said an attorney for Delgado's mother, Rosa"
                                + " Delgado.");
        article.mention("Marcus Delgado", PERSON, 0.9);
        article.mention("Delgado", 2, PERSON, 0.9);
        article.mention("Delgado", 3, PERSON, 0.9);
        article.mention("Rosa Delgado", PERSON, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Marcus Delgado", PERSON), tuple("Rosa Delgado", PERSON));
        assertThat(
                        entities.stream()
                                .filter(e -> e.name().equals("Marcus Delgado"))
                                .flatMap(e -> e.mentions().stream())
                                .map(ArticleMention::text))
                .containsExactly("Marcus Delgado", "Delgado", "Delgado");
    }

    @Test
    void theNameBeforeAPortugueseSurnameParticleIsThePerson() {
        Article article =
                new Article(
                        "President Luiz Inacio Lula da Silva pledged to end deforestation. Lula's"
                                + " government says the reform works.");
        article.mention("Luiz Inacio Lula da Silva", PERSON, 0.9);
        article.mention("Lula", 2, PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Luiz Inacio Lula da Silva", PERSON));
    }

    @Test
    void anAmbiguousShortNameOfACountryIsTheOneOfficialNameItEnds() {
        Article article =
                new Article(
                        "The Democratic Republic of Congo halted exports. Congo supplies most of"
                                + " the world's cobalt.");
        article.mention("Democratic Republic of Congo", LOCATION, 0.9);
        article.mention("Congo", 2, LOCATION, 0.9);
        Article both =
                new Article(
                        "The Democratic Republic of Congo and Congo-Brazzaville met. Congo's"
                                + " delegation left.");
        both.mention("Democratic Republic of Congo", LOCATION, 0.9);
        both.mention("Congo-Brazzaville", LOCATION, 0.9);
        both.mention("Congo", 3, LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Democratic Republic of Congo", LOCATION));
        assertThat(both.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Democratic Republic of Congo", 1), tuple("Congo-Brazzaville", 2));
    }

    @Test
    void anAmbiguousListedPartyListedWithASureOneInFrenchIsThatParty() {
        Article article =
                new Article(
                        "Les députés du MoDem et d'Horizons ont voté pour. Les Républicains (LR) et"
                                + " Renaissance ont annoncé leur soutien.");
        article.mention("MoDem", ORGANIZATION, 0.9);
        article.mention("Horizons", MISC, 0.8);
        article.mention("Les Républicains", ORGANIZATION, 0.9);
        article.mention("LR", ORGANIZATION, 0.9);
        article.mention("Renaissance", MISC, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Horizons", ORGANIZATION), tuple("Renaissance", ORGANIZATION));
    }

    @Test
    void aFrenchNationalityNounAfterADeterminerIsThePeopleNotThePlace() {
        Article article =
                new Article(
                        "En Corse, les Corses ont voté ; la Suisse et les Suisses aussi. Mis en"
                                + " scène par l'Allemand Jonas Keller, avec un Normand.");
        article.mention("Corse", LOCATION, 0.9);
        article.mention("Corses", LOCATION, 0.7);
        article.mention("Suisse", LOCATION, 0.9);
        article.mention("Suisses", LOCATION, 0.7);
        article.mention("Allemand Jonas Keller", PERSON, 0.8);
        article.mention("Normand", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Corse", LOCATION),
                        tuple("Corses", MISC),
                        tuple("Suisse", LOCATION),
                        tuple("Suisses", MISC),
                        tuple("Allemand", MISC),
                        tuple("Jonas Keller", PERSON),
                        tuple("Normand", MISC));
    }

    @Test
    void aFrenchBuildingKeepsItsLowerCaseHeadButAStationIsItsTown() {
        Article article =
                new Article(
                        "Devant la cathédrale Saint-Pierre de Beauvais, l'hôpital Lapeyronie et"
                                + " l'abbaye de Flaran ; au stade Raoul-Barrière, Raoul-Barrière"
                                + " était plein. La gare de Villefranche-sur-Saône est fermée.");
        article.mention("Saint-Pierre de Beauvais", LOCATION, 0.7);
        article.mention("Lapeyronie", LOCATION, 0.7);
        article.mention("Flaran", LOCATION, 0.7);
        article.mention("Raoul-Barrière", PERSON, 0.7);
        article.mention("Raoul-Barrière", 2, PERSON, 0.7);
        article.mention("Villefranche-sur-Saône", LOCATION, 0.9);

        List<ArticleEntity> entities = article.normalise();

        assertThat(entities)
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("cathédrale Saint-Pierre de Beauvais", LOCATION),
                        tuple("hôpital Lapeyronie", LOCATION),
                        tuple("abbaye de Flaran", LOCATION),
                        tuple("stade Raoul-Barrière", LOCATION),
                        tuple("Villefranche-sur-Saône", LOCATION));
        assertThat(mentionTexts(entities)).contains("stade Raoul-Barrière", "Raoul-Barrière");
    }

    @Test
    void anEnglishMuseumIsABody() {
        Article article =
                new Article(
                        "Oxford's Pitt Rivers Museum said it would return the bronzes, and Pitt"
                                + " Rivers Museum staff packed them.");
        article.mention("Pitt Rivers Museum", LOCATION, 0.8);
        article.mention("Pitt Rivers Museum", 2, PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Pitt Rivers Museum", ORGANIZATION));
    }

    @Test
    void aNameInParenthesesAfterAQuotedTitleIsItsPublisher() {
        Article article =
                new Article(
                        "Le prix est allé à Bastien Hollier pour « Le Cadastre » (Grasset), et le"
                                + " jury a siégé à Quillan (Razès).");
        article.mention("Bastien Hollier", PERSON, 0.9);
        article.mention("Grasset", LOCATION, 0.7);
        article.mention("Quillan", LOCATION, 0.9);
        article.mention("Razès", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Bastien Hollier", PERSON),
                        tuple("Grasset", ORGANIZATION),
                        tuple("Quillan", LOCATION),
                        tuple("Razès", LOCATION));
    }

    @Test
    void aBodysLowerCaseAdjectiveIsTakenWholeNotUpToAShorterEnding() {
        Article article =
                new Article(
                        "Le score a été validé par la Cour constitutionnelle malgré les recours.");
        article.mention("Cour", LOCATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Cour constitutionnelle", ORGANIZATION));
    }

    @Test
    void aPrizeOrAnEventNamedAfterSomeoneIsNoDescriptorAndPerson() {
        Article article =
                new Article(
                                "A replica of the Webb Ellis Cup was unveiled before the American"
                                    + " League Championship Series; the Dubai Duty Free"
                                    + " Championships and the John Newbery Medal came next, and the"
                                    + " Slovenian Tadej Pogacar watched.")
                        .inEnglish();
        article.mention("Webb Ellis Cup", MISC, 0.8);
        article.mention("American League Championship Series", MISC, 0.8);
        article.mention("Dubai Duty Free Championships", MISC, 0.8);
        article.mention("John Newbery Medal", MISC, 0.8);
        article.mention("Slovenian Tadej Pogacar", PERSON, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Webb Ellis Cup", MISC),
                        tuple("American League Championship Series", MISC),
                        tuple("Dubai Duty Free Championships", MISC),
                        tuple("John Newbery Medal", MISC),
                        tuple("Slovenian", MISC),
                        tuple("Tadej Pogacar", PERSON));
    }

    @Test
    void aWithheldSurnameKeepsItsInitialsPeriod() {
        Article article =
                new Article(
                        "Parmi les prévenus figure Karim B., 34 ans. Le club du Point E. a fermé.");
        article.mention("Karim B.", PERSON, 0.9);
        article.mention("Point E.", LOCATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(tuple("Karim B.", PERSON), tuple("Point E", LOCATION));
    }

    @Test
    void twoSpansThatWriteAListedNameAreThatName() {
        Article article =
                new Article("Fermé pour travaux, le Centre Pompidou avait investi la basilique.");
        article.mention("Centre", LOCATION, 0.6);
        article.mention("Pompidou", PERSON, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name)
                .containsExactly("Centre Pompidou");
    }

    @Test
    void aSportBeforeACountryNamesItsNationalBody() {
        Article article =
                new Article(
                                "The final will be in Australia.\n\nRugby Australia chief"
                                        + " executive Phil Waugh said tickets sold out.")
                        .inEnglish();
        article.mention("Australia", LOCATION, 0.9);
        article.mention("Australia", 2, LOCATION, 0.9);
        article.mention("Phil Waugh", PERSON, 0.9);
        Article afterAnotherCapital =
                new Article("Fans of Grassroots Rugby Australia came.").inEnglish();
        afterAnotherCapital.mention("Australia", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Australia", LOCATION),
                        tuple("Rugby Australia", ORGANIZATION),
                        tuple("Phil Waugh", PERSON));
        assertThat(afterAnotherCapital.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Australia", LOCATION));
    }

    @Test
    void aFrenchSpanStopsAtJusquAuAtASentencesEndAndAtAnIndefiniteArticle() {
        Article article =
                new Article(
                        "Le parcours va de l'Hôtel de Ville jusqu'au Grand Palais. Un témoin"
                                + " entendu sous X. Un expert a parlé. Il a présenté sur Télé Congo"
                                + " une équipe de 38 membres.");
        article.mention("Hôtel de Ville jusqu'au Grand Palais", LOCATION, 0.8);
        article.mention("X. Un expert", MISC, 0.5);
        article.mention("Télé Congo une équipe", ORGANIZATION, 0.7);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Hôtel de Ville", LOCATION),
                        tuple("Grand Palais", LOCATION),
                        tuple("Télé Congo", ORGANIZATION));
    }

    @Test
    void aTownNamedAmongTheDistrictsOfAPlaceIsAPlace() {
        Article article =
                new Article(
                                "The alert covers Mumbai and the neighbouring districts of Thane"
                                        + " and Raigad.")
                        .inEnglish();
        article.mention("Mumbai", LOCATION, 0.9);
        article.mention("Thane", PERSON, 0.6);
        article.mention("Raigad", LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Thane", LOCATION));
    }

    @Test
    void aSharedSurnameIsThePersonNamedFirstWhenARelativeIsNamedLater() {
        Article article =
                new Article(
                                "Mayor Carlos Fernando Galan welcomed the trains. Galan spoke"
                                        + " at the depot. His party was founded by his father,"
                                        + " Luis Carlos Galan. Galan's ratings have since"
                                        + " fallen.")
                        .inEnglish();
        article.mention("Carlos Fernando Galan", PERSON, 0.9);
        article.mention("Galan", 2, PERSON, 0.9);
        article.mention("Luis Carlos Galan", PERSON, 0.9);
        article.mention("Galan", 4, PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Carlos Fernando Galan", 3), tuple("Luis Carlos Galan", 1));
    }

    @Test
    void aQuotedTitleInTitleCaseIsOneWorkWhateverTheEngineFoundInIt() {
        Article article =
                new Article(
                                "Colman Domingo won for \"Blue Hour in Harlem\", and \"The Salt"
                                        + " Road\" won five prizes. Police arrested \"El Tigre,\""
                                        + " near the \"Hong Kong Parliament\" protest. \"We"
                                        + " believed in Sydney,\" Waugh said.")
                        .inEnglish();
        article.mention("Colman Domingo", PERSON, 0.9);
        article.mention("Harlem", LOCATION, 0.9);
        article.mention("Salt Road", LOCATION, 0.7);
        article.mention("El Tigre", PERSON, 0.7);
        article.mention("Hong Kong Parliament", ORGANIZATION, 0.7);
        article.mention("Sydney", LOCATION, 0.9);
        article.mention("Waugh", PERSON, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactlyInAnyOrder(
                        tuple("Colman Domingo", PERSON),
                        tuple("Blue Hour in Harlem", MISC),
                        tuple("The Salt Road", MISC),
                        tuple("El Tigre", PERSON),
                        tuple("Hong Kong Parliament", ORGANIZATION),
                        tuple("Sydney", LOCATION),
                        tuple("Waugh", PERSON));
    }

    @Test
    void aFrenchQuoteIsNoEnglishTitle() {
        Article article = new Article("Il a cité \"Blue Hour in Harlem\" hier.");
        String text = "Boxer Ana \"Bright Star\" Ruiz won.";
        List<CleanMention> crossing =
                List.of(
                        new CleanMention(6, 17, PERSON, 0.9, false, null),
                        new CleanMention(11, 22, MISC, 0.9, false, null));
        assertThat(ArticleNormaliser.quotedTitles(text, crossing))
                .as("a title another name reaches into stays as the engine read it")
                .isEqualTo(crossing);

        article.mention("Harlem", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .containsExactly(tuple("Harlem", LOCATION));
    }

    @Test
    void anAcronymGivenAfterOrOrKnownByIsTheBodysOtherName() {
        Article article =
                new Article(
                                "The General Confederation of Greek Workers, or GSEE, backed the"
                                        + " strike. The Panhellenic Seamen's Federation, known by"
                                        + " its Greek acronym PNO, called it. Lisa Demuth, or LD,"
                                        + " spoke.")
                        .inEnglish();
        article.mention("General Confederation of Greek Workers", ORGANIZATION, 0.9);
        article.mention("GSEE", ORGANIZATION, 0.9);
        article.mention("Panhellenic Seamen's Federation", ORGANIZATION, 0.9);
        article.mention("Greek", 2, MISC, 0.9);
        article.mention("PNO", ORGANIZATION, 0.9);
        article.mention("Lisa Demuth", PERSON, 0.9);
        article.mention("LD", ORGANIZATION, 0.6);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("General Confederation of Greek Workers", 2),
                        tuple("Panhellenic Seamen's Federation", 2),
                        tuple("Greek", 1),
                        tuple("Lisa Demuth", 1),
                        tuple("LD", 1));
    }

    @Test
    void anAcronymOfSeveralPartsInParenthesesIsTheBodyBeforeIt() {
        Article article =
                new Article(
                        "Les chrétiens-démocrates du Christen-Democratisch en Vlaams (CD&V) sont"
                                + " restés discrets, comme le Parti des peuples africains - Côte"
                                + " d'Ivoire (PPA-CI).");
        article.mention("Christen-Democratisch en Vlaams", MISC, 0.9);
        article.mention("CD&V", MISC, 0.9);
        article.mention("Côte d'Ivoire", LOCATION, 0.9);
        article.mention("PPA-CI", ORGANIZATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Christen-Democratisch en Vlaams", ORGANIZATION, 2),
                        tuple("Côte d'Ivoire", LOCATION, 1),
                        tuple("PPA-CI", ORGANIZATION, 1));
    }

    @Test
    void aFrenchBrigadeDirectionGroupementOrSamuIsABody() {
        Article article =
                new Article(
                        "La Brigade de répression du banditisme enquête avec la Direction des"
                                + " territoires du Doubs, le Groupement inter-patronal du"
                                + " Cameroun et le Samu du Var.");
        article.mention("Brigade de répression du banditisme", MISC, 0.8);
        article.mention("Direction des territoires du Doubs", MISC, 0.8);
        article.mention("Groupement inter-patronal du Cameroun", LOCATION, 0.8);
        article.mention("Samu du Var", MISC, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::type)
                .containsOnly(ORGANIZATION)
                .hasSize(4);
    }

    @Test
    void aSurnameThatIsAListedPlaceIsThePersonNamedBeforeIt() {
        Article article =
                new Article(
                                "Prime Minister Luis Montenegro called the vote. Montenegro said"
                                        + " he would win. Analysts said Montenegro faces a"
                                        + " test. Later, Serbia and Kosovo talked.")
                        .inEnglish();
        article.mention("Luis Montenegro", PERSON, 0.9);
        article.mention("Montenegro", 2, LOCATION, 0.8);
        article.mention("Montenegro", 3, LOCATION, 0.8);
        article.mention("Serbia", LOCATION, 0.9);
        article.mention("Kosovo", LOCATION, 0.9);
        Article placeFirst =
                new Article(
                                "Montenegro held talks. Later Luis Montenegro of Portugal said"
                                        + " Montenegro should join.")
                        .inEnglish();
        placeFirst.mention("Montenegro", LOCATION, 0.8);
        placeFirst.mention("Luis Montenegro", PERSON, 0.9);
        placeFirst.mention("Portugal", LOCATION, 0.9);
        placeFirst.mention("Montenegro", 3, LOCATION, 0.8);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type, e -> e.mentions().size())
                .containsExactlyInAnyOrder(
                        tuple("Luis Montenegro", PERSON, 3),
                        tuple("Serbia", LOCATION, 1),
                        tuple("Kosovo", LOCATION, 1));
        assertThat(placeFirst.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(tuple("Montenegro", LOCATION), tuple("Luis Montenegro", PERSON));
    }

    @Test
    void aFrenchPortAuthorityOrAnOrchestraIsABodyAndThePortAPlace() {
        Article article =
                new Article(
                        "Le Grand port maritime de Dunkerque et le Port autonome de Douala ont"
                                + " signé, avec l'Orchestre national de Lille et la Philharmonie"
                                + " de Paris; le port du Havre attend.");
        article.mention("Grand port maritime de Dunkerque", LOCATION, 0.8);
        article.mention("Port autonome de Douala", LOCATION, 0.8);
        article.mention("Orchestre national de Lille", LOCATION, 0.8);
        article.mention("Philharmonie de Paris", LOCATION, 0.8);
        article.mention("Havre", LOCATION, 0.9);

        assertThat(article.normalise())
                .extracting(ArticleEntity::name, ArticleEntity::type)
                .contains(
                        tuple("Grand port maritime de Dunkerque", ORGANIZATION),
                        tuple("Port autonome de Douala", ORGANIZATION),
                        tuple("Orchestre national de Lille", ORGANIZATION),
                        tuple("Philharmonie de Paris", ORGANIZATION))
                .doesNotContain(tuple("port du Havre", ORGANIZATION));
    }

    private static final class Article {
        final String text;
        final List<EngineMention> mentions = new ArrayList<>();
        private String language = "";

        Article(String text) {
            this.text = text;
        }

        /** The article as the service sees an English one (language detected or hinted). */
        Article inEnglish() {
            language = "en";
            return this;
        }

        void mention(String surface, EntityType type, double confidence) {
            mention(surface, 1, type, confidence);
        }

        void mention(String surface, int occurrence, EntityType type, double confidence) {
            int begin = -1;
            for (int i = 0; i < occurrence; i++) {
                begin = text.indexOf(surface, begin + 1);
            }
            assertThat(begin).as("%s #%d in the text", surface, occurrence).isNotNegative();
            mentions.add(new EngineMention(begin, begin + surface.length(), type, confidence));
        }

        List<ArticleEntity> normalise() {
            return normalise("");
        }

        List<ArticleEntity> normalise(String title) {
            return ArticleNormaliser.normalise(language, text, title, mentions);
        }
    }
}
