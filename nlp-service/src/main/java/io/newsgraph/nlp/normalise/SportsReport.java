package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A match report names clubs by their town ("Lens a battu Rennes", "Leeds beat Villa"): in one, a
 * town the engine calls a place is the club, unless the words around it make it the place ("à
 * Lens", "in Leeds", "le stade Bollaert-Delelis"), it is the town of the dateline, a player's
 * surname or a name of the shipped list (a country, a building) other than Monaco.
 */
final class SportsReport {

    /** A score: "(2-1)", "3-0", "24-17". */
    private static final Pattern SCORE =
            Pattern.compile(
                    "\\b\\d{1,3}(?:-\\d{1,3}| for (?:one|two|three|four|five|six|seven|eight"
                            + "|nine|\\d))\\b");

    /** Words (folded) of match reports. */
    private static final Pattern SPORTS_WORDS =
            Pattern.compile(
                    "(?iu)\\b(?:match|rencontre|buts?|essais?|victoire|défaite|championnat|journée"
                            + "|entraîneur|classement|ligue 1|ligue 2|top 14|pro d2|mi-temps|game"
                            + "|season|coach|scored|goals?|league|playoffs?|touchdowns?|tries"
                            + "|half-time|penalty|penalties|premiership|wickets?|innings|bowler"
                            + "|batters?|batsman)\\b");

    /** Prepositions (folded) after which a town is the place: "à Lens", "in Leeds". */
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of(
                    "a", "au", "en", "in", "at", "near", "pres", "vers", "from", "depuis", "sur",
                    "dans", "on");

    /** Prepositions (folded) that make a town the place even where its club plays. */
    private static final Set<String> TOWN_PREPOSITIONS = Set.of("a", "in", "dans");

    /** Articles (folded) between a preposition and a venue: "sur le Suzanne-Lenglen". */
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "the");

    /**
     * Listed places that a match report names for their club all the same: the city-state whose
     * football and basketball clubs carry its name ("Lens a battu Monaco").
     */
    private static final Set<String> CLUB_STATES = Set.of("monaco");

    /** Lower-case words (folded) before a venue's name: "le stade Bollaert-Delelis". */
    private static final Set<String> VENUE_HEADS =
            Set.of("stade", "court", "salle", "palais", "piste", "circuit", "velodrome", "arena");

    /** Words (folded) right after a country that make it a national team: "Ireland coach". */
    private static final Set<String> TEAM_AFTER =
            Set.of("coach", "captain", "skipper", "players", "squad", "selectionneur", "capitaine");

    /** Words (folded) right before a country that make it a national team: "beat Australia". */
    private static final Set<String> TEAM_BEFORE =
            Set.of(
                    "against",
                    "beat",
                    "beating",
                    "defeated",
                    "over",
                    "v",
                    "vs",
                    "facing",
                    "face",
                    "contre",
                    "battu",
                    "domine",
                    "affronter",
                    "affronte");

    /** Words (folded) that end a club's name after its town: "Cholet Basket". */
    private static final Set<String> CLUB_LAST_WORDS =
            Set.of("basket", "basketball", "handball", "volley", "olympique", "hockey", "fc");

    /** A club's initials before its town: "HBC Nantes", "SIG Strasbourg", "BCM Gravelines". */
    private static final Pattern CLUB_INITIALS = Pattern.compile("\\p{Lu}{2,5}");

    private final String text;
    private final Dateline dateline;

    /** Keys of the names the engine calls places here: the towns a club may be named after. */
    private final Set<String> places = new HashSet<>();

    /** Whether countries play here: "Ireland coach Andy Farrell", "beat Australia 31-20". */
    private final boolean nationalTeams;

    /** Keys of people's surnames: never clubs here. */
    private final Set<String> notClubs = new HashSet<>();

    /** Keys of the town of the dateline. */
    private final Set<String> datelineTowns = new HashSet<>();

    /** Keys of the dateline's town where a sentence opens with it: its club in the body. */
    private final Set<String> clubTowns = new HashSet<>();

    SportsReport(String text, Dateline dateline, List<CleanMention> mentions) {
        this.text = text;
        this.dateline = dateline;
        boolean teams = false;
        for (CleanMention mention : mentions) {
            teams = teams || playsAsATeam(mention);
            String key = EntityResolver.key(text.substring(mention.begin(), mention.end()));
            if (mention.type() == EntityType.LOCATION) {
                places.add(key);
            }
            if (dateline != null && dateline.contains(mention.begin(), mention.end())) {
                // "TOULOUSE, 3 avril (AFP) -": the town of the story stays one place, unless a
                // sentence opens with it ("Lens a renversé Strasbourg"): then that is its club.
                datelineTowns.add(key);
            } else if (mention.type() == EntityType.PERSON && key.contains(" ")) {
                notClubs.add(key.substring(key.lastIndexOf(' ') + 1));
            }
        }
        nationalTeams = teams;
        for (CleanMention mention : mentions) {
            String key = EntityResolver.key(text.substring(mention.begin(), mention.end()));
            if (datelineTowns.contains(key)
                    && !dateline.contains(mention.begin(), mention.end())
                    && ContextEvidence.sentenceStart(text, mention.begin())) {
                clubTowns.add(key);
            }
        }
    }

    /** Whether {@code text} reads as a match report: a score and at least three sports words. */
    static boolean is(String text) {
        if (!SCORE.matcher(text).find()) {
            return false;
        }
        Matcher words = SPORTS_WORDS.matcher(text);
        int count = 0;
        while (words.find() && count < 3) {
            count++;
        }
        return count >= 3;
    }

    /** Whether a country is named as a side here: "Ireland coach", "victory over New Zealand". */
    private boolean playsAsATeam(CleanMention mention) {
        if (!isCountry(mention) || possessive(mention)) {
            // "to beat Spain's world number one": a player's country, not a side.
            return false;
        }
        String[] before = ContextEvidence.wordsBefore(text, mention.begin(), 2);
        String after = ContextEvidence.wordAfter(text, mention.end());
        return (after != null && TEAM_AFTER.contains(after))
                || (before[0] != null && TEAM_BEFORE.contains(before[0]))
                || (before[0] != null
                        && ARTICLES.contains(before[0])
                        && before[1] != null
                        && TEAM_BEFORE.contains(before[1]));
    }

    private boolean isCountry(CleanMention mention) {
        String surface = text.substring(mention.begin(), mention.end());
        String key = EntityResolver.key(surface);
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        return known != null && known.country() && KnownNames.SHIPPED.writtenAsListed(key, surface);
    }

    /**
     * The mention as its national team when countries play each other here: "Ireland scored three
     * tries", "la France a battu l'Irlande"; still the country where the words make it a place ("in
     * Australia", "en Irlande"), in the dateline, or before a player's name ("Spain's Pablo
     * Marín").
     */
    CleanMention nationalTeamOrPlace(CleanMention mention) {
        if (!nationalTeams
                || mention.type() == EntityType.PERSON
                || !isCountry(mention)
                || (dateline != null && dateline.contains(mention.begin(), mention.end()))
                || isPlace(text, mention)
                || beforeAName(mention)) {
            return mention;
        }
        return asATeam(mention);
    }

    private boolean possessive(CleanMention mention) {
        int i = mention.end();
        return i + 2 < text.length()
                && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                && text.charAt(i + 1) == 's'
                && !Character.isLetter(text.charAt(i + 2));
    }

    /** "Ireland's Conor Whelan": a country before a name says where someone is from. */
    private boolean beforeAName(CleanMention mention) {
        int i = mention.end() + (possessive(mention) ? 2 : 0);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > mention.end() && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** "à Lens", "in Leeds", "le stade Bollaert-Delelis": the words before make it the place. */
    private static boolean isPlace(String text, CleanMention mention) {
        String[] before = ContextEvidence.wordsBefore(text, mention.begin(), 2);
        return before[0] != null
                && (PLACE_PREPOSITIONS.contains(before[0])
                        || VENUE_HEADS.contains(before[0])
                        || (ARTICLES.contains(before[0])
                                && before[1] != null
                                && PLACE_PREPOSITIONS.contains(before[1])));
    }

    /**
     * The mention as a club when, in a match report, a one-word town stands for one or the name is
     * a club's: a town with the club's initials or its sport ("HBC Nantes", "Cholet Basket").
     */
    CleanMention clubOrPlace(CleanMention mention) {
        if (mention.type() != EntityType.ORGANIZATION
                && !mention.afterHonorific()
                && isClubName(text.substring(mention.begin(), mention.end()))) {
            return asATeam(mention);
        }
        if (mention.type() != EntityType.LOCATION
                || mention.evidence() != null
                || (dateline != null && dateline.contains(mention.begin(), mention.end()))) {
            return mention;
        }
        String surface = text.substring(mention.begin(), mention.end());
        String key = EntityResolver.key(surface);
        if (surface.contains(" ")
                || notClubs.contains(key)
                || (datelineTowns.contains(key) && !clubTowns.contains(key))
                || (KnownNames.SHIPPED.lookup(key) != null
                        // "Dax" the town and its club are not the DAX index.
                        && KnownNames.SHIPPED.writtenAsListed(key, surface)
                        && !CLUB_STATES.contains(key))) {
            return mention;
        }
        if (surface.contains("-") && GivenNames.SHIPPED.contains(surface.split("-")[0])) {
            // "le Philippe-Chatrier": a court or stadium named after someone.
            return mention;
        }
        if (isPlace(text, mention)) {
            return mention;
        }
        return asATeam(mention);
    }

    /**
     * Whether a name is a club's: initials then a town ("SIG Strasbourg", "BCM
     * Gravelines-Dunkerque"), or a town then its sport ("Cholet Basket"); the town is one the list
     * or the engine knows as a place.
     */
    private boolean isClubName(String surface) {
        int space = surface.indexOf(' ');
        int lastSpace = surface.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String town;
        if (CLUB_INITIALS.matcher(surface.substring(0, space)).matches()) {
            town = surface.substring(space + 1);
        } else if (CLUB_LAST_WORDS.contains(NameLexicon.fold(surface.substring(lastSpace + 1)))) {
            town = surface.substring(0, lastSpace);
        } else {
            return false;
        }
        String key = EntityResolver.key(town);
        String firstPart = EntityResolver.key(town.split("-")[0]);
        return places.contains(key)
                || places.contains(firstPart)
                || isListedPlace(key)
                || isListedPlace(firstPart);
    }

    private static boolean isListedPlace(String key) {
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        return known != null && known.type() == EntityType.LOCATION;
    }

    /**
     * Whether the words before make the town the place where its club is named too: "se déplacera à
     * Gravelines pour affronter le BCM Gravelines-Dunkerque"; "in", "à" or "dans" only, as "a win
     * at Dortmund" may name the home side.
     */
    static boolean isTheTown(String text, CleanMention mention) {
        String[] before = ContextEvidence.wordsBefore(text, mention.begin(), 1);
        return before[0] != null && TOWN_PREPOSITIONS.contains(before[0]);
    }

    /** The mention as a side of the match: an organisation, by the report's evidence. */
    private static CleanMention asATeam(CleanMention mention) {
        return new CleanMention(
                mention.begin(),
                mention.end(),
                EntityType.ORGANIZATION,
                mention.confidence(),
                false,
                EntityType.ORGANIZATION);
    }
}
