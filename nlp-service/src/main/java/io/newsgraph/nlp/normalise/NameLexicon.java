package io.newsgraph.nlp.normalise;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists that tell names apart from the words news writing wraps around them. */
final class NameLexicon {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Honorifics as written before a name; they are never part of it. */
    static final Set<String> HONORIFICS =
            Set.of(
                    "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Dr.",
                    "Drs", "Pr", "Pr.", "Prof", "Prof.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
                    "Messrs", "Messrs.", "Sir", "Dame", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.",
                    "Col.", "Capt.", "Sgt.", "Rev.");

    /** Titles and roles (folded) that may lead a person span: "président Macron". */
    static final Set<String> PERSON_TITLES =
            Set.of(
                    "president",
                    "presidente",
                    "vice-president",
                    "vice-presidente",
                    "premier",
                    "prime",
                    "minister",
                    "ministre",
                    "secretary",
                    "secretaire",
                    "senator",
                    "senateur",
                    "senatrice",
                    "depute",
                    "deputee",
                    "governor",
                    "gouverneur",
                    "chancellor",
                    "chancelier",
                    "chanceliere",
                    "general",
                    "colonel",
                    "commissioner",
                    "commissaire",
                    "ambassador",
                    "ambassadeur",
                    "ambassadrice",
                    "maire",
                    "mayor",
                    "juge",
                    "judge",
                    "justice",
                    "sheriff",
                    "porte-parole",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "conseiller",
                    "conseillere",
                    "envoye",
                    "envoy",
                    "monsieur",
                    "madame",
                    "mister",
                    "state",
                    "etat",
                    "foreign",
                    "defense",
                    "defence",
                    "deputy",
                    "vice",
                    "attorney",
                    "ministers",
                    "taoiseach",
                    "tanaiste",
                    "alderman",
                    "alderwoman",
                    "councilman",
                    "councilwoman",
                    "councillor",
                    "councilor",
                    "assemblyman",
                    "assemblywoman",
                    "congressman",
                    "congresswoman",
                    "comptroller");

    /** Role nouns (folded): an organisation span that starts with one is a job title. */
    static final Set<String> ROLE_NOUNS =
            Set.of(
                    "ministre",
                    "ministres",
                    "secretaire",
                    "president",
                    "presidente",
                    "directeur",
                    "directrice",
                    "conseiller",
                    "conseillere",
                    "porte-parole",
                    "chef",
                    "cheffe",
                    "ambassadeur",
                    "ambassadrice",
                    "minister",
                    "secretary",
                    "director",
                    "spokesman",
                    "spokeswoman",
                    "head",
                    "chief",
                    "ambassador",
                    "envoye",
                    "envoy");

    /** Name particles that legitimately start a person span ("de Gaulle", "von der Leyen"). */
    static final Set<String> PERSON_PARTICLES =
            Set.of(
                    "de", "du", "von", "van", "der", "den", "da", "di", "del", "della", "dos",
                    "das", "bin", "ibn", "al", "el", "ben", "ter", "ten");

    /** Capitalised articles that usually precede, but are not part of, a place or body. */
    static final Set<String> LEADING_ARTICLES = Set.of("Le", "La", "Les", "The", "LE", "LA", "LES");

    /** Capitalised particles of French surnames ("Le Pen", "La Fontaine", "De Gaulle"). */
    static final Set<String> SURNAME_PARTICLES = Set.of("Le", "La", "De", "Van", "Von", "Du", "Di");

    /** Names (folded) whose leading article is part of the name. */
    static final Set<String> NAMES_WITH_ARTICLE =
            Set.of(
                    "le havre",
                    "le mans",
                    "le caire",
                    "le cap",
                    "le touquet",
                    "le creusot",
                    "le puy-en-velay",
                    "la rochelle",
                    "la haye",
                    "la mecque",
                    "la paz",
                    "la valette",
                    "la havane",
                    "la reunion",
                    "la defense",
                    "la poste",
                    "la croix",
                    "la tribune",
                    "la depeche",
                    "la presse",
                    "le monde",
                    "le figaro",
                    "le parisien",
                    "le point",
                    "le temps",
                    "le devoir",
                    "le soir",
                    "les echos",
                    "les republicains",
                    "l'express",
                    "l'obs",
                    "l'equipe",
                    "l'oreal",
                    "l'humanite",
                    "l'aquila",
                    "the hague",
                    "the guardian",
                    "the times",
                    "the new york times",
                    "the washington post",
                    "the wall street journal",
                    "the economist",
                    "the bahamas",
                    "the gambia",
                    "the beatles",
                    "the rolling stones");

    /** Names (folded) that contain a coordinating word and must not be split. */
    static final Set<String> COORDINATED_NAMES =
            Set.of(
                    "trinidad and tobago",
                    "bosnia and herzegovina",
                    "antigua and barbuda",
                    "saint kitts and nevis",
                    "saint vincent and the grenadines",
                    "sao tome and principe",
                    "turks and caicos",
                    "heard island and mcdonald islands",
                    "wallis et futuna",
                    "saint-pierre et miquelon",
                    "procter & gamble",
                    "johnson & johnson",
                    "marks & spencer",
                    "simon & schuster");

    /** The days of the week in French (folded), which French writes in lower case. */
    static final Set<String> FRENCH_DAYS =
            Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /**
     * Common words (folded) that the engine takes for names when they are capitalised: a mention
     * made only of these is dropped ("État", "Début"); the days of the week among them.
     */
    static final Set<String> COMMON_WORDS =
            withDays(
                    "etat",
                    "etats",
                    "gouvernement",
                    "president",
                    "presidente",
                    "presidence",
                    "ministre",
                    "ministere",
                    "premier",
                    "premiere",
                    "monsieur",
                    "madame",
                    "debut",
                    "fin",
                    "contenu",
                    "principal",
                    "nord",
                    "sud",
                    "est",
                    "ouest",
                    "voir",
                    "aussi",
                    "lire",
                    "egalement",
                    "janvier",
                    "fevrier",
                    "avril",
                    "juin",
                    "juillet",
                    "aout",
                    "septembre",
                    "octobre",
                    "novembre",
                    "decembre",
                    "ce",
                    "cette",
                    "ces",
                    "il",
                    "elle",
                    "ils",
                    "elles",
                    "nous",
                    "vous",
                    "on",
                    "le",
                    "la",
                    "les",
                    "un",
                    "une",
                    "des",
                    "du",
                    "de",
                    "selon",
                    "rien",
                    "arrete",
                    "allez",
                    "mais",
                    "et",
                    "ou",
                    "donc",
                    "the",
                    "a",
                    "an",
                    "this",
                    "that",
                    "these",
                    "those",
                    "he",
                    "she",
                    "it",
                    "they",
                    "we",
                    "you",
                    "his",
                    "her",
                    "their",
                    "state",
                    "states",
                    "government",
                    "minister",
                    "ministry",
                    "secretary",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "january",
                    "february",
                    "september",
                    "october",
                    "november",
                    "december",
                    "read",
                    "also",
                    "more",
                    "see",
                    "advertisement",
                    "publicite",
                    // French numbers open sentences capitalised: "Seize hommes soupçonnés".
                    "deux",
                    "trois",
                    "quatre",
                    "cinq",
                    "six",
                    "sept",
                    "huit",
                    "neuf",
                    "dix",
                    "onze",
                    "douze",
                    "treize",
                    "quatorze",
                    "quinze",
                    "seize",
                    "vingt",
                    "trente",
                    "quarante",
                    "cinquante",
                    "soixante",
                    "cent",
                    "mille",
                    "video",
                    "photo",
                    "live",
                    "direct",
                    // Acronyms of common nouns: "AI" is artificial intelligence, no place.
                    "ai",
                    "ia",
                    "co",
                    "co2",
                    "gdp",
                    "pib",
                    "ipo",
                    "ceo",
                    "pdg",
                    "big",
                    "tech");

    /**
     * Generic nouns (folded) that are no name when they stand alone, capitalised at a sentence's
     * start or by a writer's habit ("the Authority", "la République", "le Palais"), though they
     * open or close many names ("Port Authority", "Palais Brongniart"). French nouns that open a
     * body named in lower case ("Office central de lutte …", "Chambre régionale des comptes") are
     * not among them: the body's name is completed after this check.
     */
    static final Set<String> LONE_GENERIC_NOUNS =
            Set.of(
                    "authority",
                    "climatology",
                    "concurrence",
                    "environment",
                    "exportation",
                    "federation",
                    "loi",
                    "meteorology",
                    "municipal",
                    "palais",
                    "regulation",
                    "republique",
                    "salle",
                    "semaine");

    private static Set<String> withDays(String... words) {
        Set<String> all = new HashSet<>(Set.of(words));
        all.addAll(FRENCH_DAYS);
        return Set.copyOf(all);
    }

    /**
     * Legal forms and business words (folded, without periods) that end a company's full name and
     * are dropped in short mentions: "Nvidia Corp", "Huawei Technologies", "Rivian Automotive",
     * "Dassault Aviation".
     */
    static final Set<String> CORPORATE_FORMS =
            Set.of(
                    "corp",
                    "corporation",
                    "inc",
                    "incorporated",
                    "co",
                    "ltd",
                    "limited",
                    "plc",
                    "llc",
                    "sa",
                    "sas",
                    "ag",
                    "se",
                    "nv",
                    "bv",
                    "spa",
                    "gmbh",
                    "holdings",
                    "group",
                    "groupe",
                    "technologies",
                    "platforms",
                    "motors",
                    "motor",
                    "systems",
                    "industries",
                    "airlines",
                    "airways",
                    "pharmaceuticals",
                    "bancorp",
                    "international",
                    "automotive",
                    "aviation",
                    "communications",
                    "electronics",
                    "chimie",
                    "industrie");

    /**
     * National teams known by a nickname, by the keys ({@link EntityResolver#key}) of the country
     * whose name news also gives the team, in English and French: in a report that says "the All
     * Blacks", "New Zealand" is the team too.
     */
    static final Map<String, Set<String>> TEAM_NICKNAMES =
            Map.ofEntries(
                    Map.entry("all blacks", Set.of("new zealand", "nouvelle zelande")),
                    Map.entry("black ferns", Set.of("new zealand", "nouvelle zelande")),
                    Map.entry("springboks", Set.of("south africa", "afrique du sud")),
                    Map.entry("boks", Set.of("south africa", "afrique du sud")),
                    Map.entry("wallabies", Set.of("australia", "australie")),
                    Map.entry("wallaroos", Set.of("australia", "australie")),
                    Map.entry("socceroos", Set.of("australia", "australie")),
                    Map.entry("matildas", Set.of("australia", "australie")),
                    Map.entry("los pumas", Set.of("argentina", "argentine")),
                    Map.entry("pumas", Set.of("argentina", "argentine")),
                    Map.entry("albiceleste", Set.of("argentina", "argentine")),
                    Map.entry("brave blossoms", Set.of("japan", "japon")),
                    Map.entry("flying fijians", Set.of("fiji", "fidji")),
                    Map.entry("lelos", Set.of("georgia", "georgie")),
                    Map.entry("three lions", Set.of("england", "angleterre")),
                    Map.entry("lionesses", Set.of("england", "angleterre")),
                    Map.entry("red roses", Set.of("england", "angleterre")),
                    Map.entry("xv de la rose", Set.of("england", "angleterre")),
                    Map.entry("xv du trefle", Set.of("ireland", "irlande")),
                    Map.entry("xv du chardon", Set.of("scotland", "ecosse")),
                    Map.entry("xv du poireau", Set.of("wales", "pays de galles")),
                    Map.entry("xv de france", Set.of("france")),
                    Map.entry("azzurri", Set.of("italy", "italie")),
                    Map.entry("squadra azzurra", Set.of("italy", "italie")),
                    Map.entry("selecao", Set.of("brazil", "bresil")),
                    Map.entry("mannschaft", Set.of("germany", "allemagne")),
                    Map.entry("die mannschaft", Set.of("germany", "allemagne")),
                    Map.entry("oranje", Set.of("netherlands", "pays bas")),
                    Map.entry("diables rouges", Set.of("belgium", "belgique")));

    /**
     * Clubs known by a nickname, by the keys of the names news gives them; a nickname two clubs
     * share ("Spurs": Tottenham, San Antonio) is the one of them the article names.
     */
    static final Map<String, Set<String>> CLUB_NICKNAMES =
            Map.ofEntries(
                    Map.entry(
                            "spurs", Set.of("tottenham hotspur", "tottenham", "san antonio spurs")),
                    Map.entry("gunners", Set.of("arsenal")),
                    Map.entry("magpies", Set.of("newcastle united", "newcastle")),
                    Map.entry("hammers", Set.of("west ham united", "west ham")),
                    Map.entry("toffees", Set.of("everton")),
                    Map.entry("villans", Set.of("aston villa")),
                    Map.entry("red devils", Set.of("manchester united", "man united")),
                    Map.entry("canaris", Set.of("fc nantes", "nantes")),
                    Map.entry("gones", Set.of("olympique lyonnais", "ol", "lyon")),
                    Map.entry("merlus", Set.of("fc lorient", "lorient")),
                    Map.entry("girondins", Set.of("girondins de bordeaux", "bordeaux")),
                    Map.entry("phoceens", Set.of("olympique de marseille", "om", "marseille")));

    /** Generational suffixes (folded, without periods) after a surname: "Marcos Jr.". */
    static final Set<String> GENERATIONAL_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Category acronyms written before a body's name, not part of it: "l'ONG Les Amis de la Terre".
     */
    static final Set<String> CATEGORY_WORDS = Set.of("ONG", "NGO");

    /**
     * Nouns (folded) that open an English sentence before the organisation they describe
     * ("Chipmaker Nvidia said", "Rival Blue Origin is"); no organisation's name starts with one.
     */
    static final Set<String> DESCRIPTOR_NOUNS =
            Set.of(
                    "rival",
                    "utility",
                    "chipmaker",
                    "automaker",
                    "carmaker",
                    "drugmaker",
                    "planemaker",
                    "lender",
                    "insurer",
                    "reinsurer",
                    "retailer",
                    "broadcaster",
                    "conglomerate",
                    "brokerage",
                    "regulator",
                    "startup",
                    "start-up",
                    "miner",
                    "airline",
                    "subsidiary",
                    "parent");

    /**
     * English nouns of nationality (folded) written before a person's name, never part of it:
     * "Welshman Jackson Page", "Spaniard Carlos Alcaraz".
     */
    static final Set<String> NATIONALITY_NOUNS =
            Set.of(
                    "welshman",
                    "welshwoman",
                    "scotsman",
                    "scotswoman",
                    "englishman",
                    "englishwoman",
                    "irishman",
                    "irishwoman",
                    "frenchman",
                    "frenchwoman",
                    "dutchman",
                    "dutchwoman",
                    "briton",
                    "spaniard",
                    "swede",
                    "dane",
                    "kiwi",
                    "aussie");

    /** Function words (folded) that never end a name and are skipped in acronym initials. */
    /**
     * Towns whose clubs are named after them with the adjective ("Stade toulousain", "Section
     * paloise"), folded as names are keyed: town, then the adjective its clubs take.
     */
    static final Map<String, String> CLUB_TOWN_ADJECTIVES =
            Map.ofEntries(
                    Map.entry("toulouse", "toulousain"),
                    Map.entry("rennes", "rennais"),
                    Map.entry("la rochelle", "rochelais"),
                    Map.entry("lyon", "lyonnais"),
                    Map.entry("nantes", "nantais"),
                    Map.entry("marseille", "marseillais"),
                    Map.entry("pau", "paloise"),
                    Map.entry("bayonne", "bayonnais"),
                    Map.entry("brest", "brestois"),
                    Map.entry("montpellier", "montpellierain"),
                    Map.entry("mont de marsan", "montois"),
                    Map.entry("bordeaux", "bordelais"));

    static final Set<String> FUNCTION_WORDS =
            Set.of(
                    "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en",
                    "pour", "sur", "contre", "of", "the", "and", "for", "on", "in", "at", "to",
                    "an");

    private NameLexicon() {}

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, typographic apostrophes made plain: the key words compare on. */
    static String fold(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }
}
