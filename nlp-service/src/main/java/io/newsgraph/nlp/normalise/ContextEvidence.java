package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words of a name and around it say about its type, without any list of names: "the
 * software unit [Cariad]", "le constructeur [Renault]", "la ville de [Dnipro]", "[X] province",
 * "[Communauté économique ...]", "[X Council]", the place of a dateline. Plus the few place names
 * whose current spelling postdates the engine's training news ("Kyiv"), which the engine reads as
 * people.
 */
final class ContextEvidence {

    /** Nouns (folded) that, just before a name, say it is an organisation. */
    private static final Set<String> ORGANISATION_BEFORE =
            Set.of(
                    "company",
                    "firm",
                    "unit",
                    "subsidiary",
                    "carmaker",
                    "automaker",
                    "airline",
                    "bank",
                    "lender",
                    "insurer",
                    "retailer",
                    "startup",
                    "start-up",
                    "conglomerate",
                    "broadcaster",
                    "newspaper",
                    "daily",
                    "agency",
                    "union",
                    "party",
                    "club",
                    "chipmaker",
                    "manufacturer",
                    "maker",
                    "operator",
                    "supplier",
                    "regulator",
                    "brokerage",
                    "publisher",
                    "network",
                    "channel",
                    "societe",
                    "groupe",
                    "entreprise",
                    "filiale",
                    "constructeur",
                    "avionneur",
                    "motoriste",
                    "compagnie",
                    "banque",
                    "assureur",
                    "syndicat",
                    "parti",
                    "operateur",
                    "fabricant",
                    "distributeur",
                    "quotidien",
                    "hebdomadaire",
                    "journal",
                    "chaine",
                    "agence",
                    "institut",
                    "fondation",
                    "association",
                    "laboratoire",
                    "equipementier",
                    "enseigne",
                    "firme",
                    "radio",
                    "television",
                    "station",
                    "fonds",
                    "fund",
                    "cooperative",
                    "cabinet",
                    "collectif",
                    "diffuseur",
                    "studio",
                    "label",
                    "consultancy",
                    "intersyndicale",
                    "fintech",
                    "biotech",
                    "chain",
                    "distributor",
                    "bookmaker",
                    "pollster",
                    "miner",
                    "supermarket",
                    "grocer",
                    "maison",
                    "sondage",
                    "hypermarche",
                    "supermarche");

    /** Nouns (folded) that, just before a name (maybe with "of", "de"), say it is a place. */
    private static final Set<String> PLACE_BEFORE =
            Set.of(
                    "city",
                    "town",
                    "village",
                    "province",
                    "region",
                    "county",
                    "district",
                    "capital",
                    "port",
                    "island",
                    "ville",
                    "commune",
                    "capitale",
                    "departement",
                    "ile",
                    "localite",
                    "quartier",
                    "cities",
                    "towns",
                    "villages",
                    "provinces",
                    "regions",
                    "counties",
                    "districts",
                    "suburbs",
                    "villes",
                    "communes",
                    "departements",
                    "localites",
                    "quartiers");

    /** Nouns (folded) that, just after a name, say it is a place: "Cagayan province". */
    /** "-based" glued to a name: "the Jena-based company", "Boston-based Corvant". */
    private static final Pattern BASED_AFTER = Pattern.compile("[-‑]based\\b");

    private static final Set<String> PLACE_AFTER =
            Set.of("province", "county", "district", "region", "oblast", "governorate", "airport");

    /** Last words (folded) of multi-word place names: "[Cameron Parish]", "[Rift Valley]". */
    private static final Set<String> PLACE_LAST_WORDS =
            Set.of(
                    "parish",
                    "county",
                    "province",
                    "oblast",
                    "island",
                    "islands",
                    "valley",
                    "peninsula",
                    "mountains",
                    "desert",
                    "strait",
                    "bay",
                    "coast",
                    "arena",
                    "stadium",
                    "falls",
                    "springs",
                    "beach",
                    "heights",
                    "hills",
                    "creek",
                    "circuit",
                    "river",
                    "canal",
                    "building",
                    "tower",
                    "plaza",
                    "range",
                    "buildings",
                    "glacier",
                    "territory",
                    "sea",
                    "gulf",
                    "volcano",
                    "reef",
                    "archipelago",
                    "basin",
                    "estuary",
                    "airport",
                    "field",
                    "park",
                    "road",
                    "forest",
                    "dam",
                    "palace",
                    "inlet",
                    "avenue",
                    "street",
                    "boulevard",
                    "square",
                    "highway",
                    "lane",
                    "bridge",
                    "house",
                    "hall");

    /** First words (folded) of multi-word place names: "[Fort McMurray]", "[Lake Charles]". */
    private static final Set<String> PLACE_FIRST_WORDS =
            Set.of(
                    "fort", "mount", "lake", "cape", "san", "santa", "sao", "palais", "theatre",
                    "stade", "salle", "place");

    /** Nouns (folded) that, just after a name, say it is an organisation: "the IG Metall union". */
    private static final Set<String> ORGANISATION_AFTER = Set.of("union", "party", "group");

    /** English nouns (folded, singular) for a people: "Dane", "New Zealander", "Latino". */
    private static final Set<String> ENGLISH_NATIONALITY_NOUNS =
            Set.of(
                    "dane",
                    "swede",
                    "finn",
                    "pole",
                    "scot",
                    "brit",
                    "briton",
                    "kiwi",
                    "monegasque",
                    "latino",
                    "latina",
                    "filipino",
                    "filipina",
                    "spaniard",
                    "turk",
                    "kurd",
                    "serb",
                    "croat",
                    "slovak",
                    "new zealander",
                    "frenchman",
                    "englishman",
                    "welshman",
                    "irishman",
                    "scotsman",
                    "dutchman");

    /** Words (folded) before a people's noun that is also a surname: "the Dane". */
    private static final Set<String> PEOPLE_NOUN_BEFORE =
            Set.of("the", "a", "an", "fellow", "compatriot", "young", "veteran");

    /**
     * Whether the name is an English people or its adjective: a plural ("Danes", "New Zealanders",
     * "Indians"), a people's noun after an article ("the Dane", "a Monegasque"; a bare "Dane" may
     * be a surname), or a nationality adjective alone ("Indian").
     */
    private static boolean englishNationality(String text, int begin, String[] words) {
        String folded = String.join(" ", words);
        if (words.length > 2) {
            return false;
        }
        boolean plural = folded.endsWith("s");
        String singular = plural ? folded.substring(0, folded.length() - 1) : folded;
        if (ENGLISH_NATIONALITY_NOUNS.contains(singular)) {
            if (plural) {
                return true;
            }
            String[] before = wordsBefore(text, begin, 1);
            return before[0] != null && PEOPLE_NOUN_BEFORE.contains(before[0]);
        }
        return words.length == 1 && BodyNames.isNationality(singular);
    }

    /**
     * Words (folded) right after a name, or its "'s", that only a company or a racing team has:
     * "shares", "Williams driver Alexander Albon".
     */
    private static final Set<String> FIRM_AFTER =
            Set.of(
                    "shares",
                    "stock",
                    "founder",
                    "cofounder",
                    "co",
                    "shareholders",
                    "ceo",
                    "driver",
                    "drivers",
                    "cloud",
                    "subsidiary");

    /** Where the word after a name starts, past its possessive "'s". */
    private static int afterPossessive(String text, int end) {
        if (end + 1 < text.length()
                && isApostrophe(text.charAt(end))
                && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))) {
            return end + 2;
        }
        return end;
    }

    /** Compass points (folded) that open the name of a region: "[North Yorkshire]". */
    private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west");

    /** English demonyms end so (folded): "South African", "East Asian", "North Korean". */
    private static final Pattern DEMONYM_ENDING = Pattern.compile("(?:an|ese|ish|ic)$");

    /** Compass words before a name say it is a place: "the northern [Philippines]". */
    private static final Set<String> COMPASS_BEFORE =
            Set.of(
                    "northern",
                    "southern",
                    "eastern",
                    "western",
                    "central",
                    "northeastern",
                    "northwestern",
                    "southeastern",
                    "southwestern",
                    "north",
                    "south",
                    "east",
                    "west",
                    "downtown");

    /** People who work "at" ("chez") an organisation: "analysts at [Bernstein]". */
    private static final Set<String> STAFF_AT =
            Set.of(
                    "analyst",
                    "analysts",
                    "economist",
                    "economists",
                    "strategist",
                    "strategists",
                    "researcher",
                    "researchers",
                    "scientist",
                    "scientists",
                    "executive",
                    "executives",
                    "engineers",
                    "employees",
                    "staff",
                    "workers",
                    "fellow",
                    "professor",
                    "lawyers",
                    "bankers",
                    "traders",
                    "analyste",
                    "analystes",
                    "economiste",
                    "economistes",
                    "strategiste",
                    "stratege",
                    "chercheur",
                    "chercheuse",
                    "salaries",
                    "associe",
                    "associee",
                    "gerant",
                    "gerante");

    /** First words (folded) of multi-word organisation names: "[Communauté économique ...]". */
    private static final Set<String> ORGANISATION_FIRST_WORDS =
            Set.of(
                    "communaute",
                    "hospices",
                    "chu",
                    "nhs",
                    "air",
                    "bloc",
                    // Sports clubs: "[AS Monaco]", "[RC Lens]", "[Olympique lyonnais]", "[Real
                    // Madrid]".
                    "as",
                    "fc",
                    "ogc",
                    "rc",
                    "ac",
                    "olympique",
                    "racing",
                    "sporting",
                    "real",
                    "athletic",
                    "atletico",
                    "dynamo",
                    "organisation",
                    "organization",
                    "agence",
                    "agency",
                    "banque",
                    "bank",
                    "commission",
                    "conseil",
                    "council",
                    "fonds",
                    "fund",
                    "programme",
                    "program",
                    "association",
                    "federation",
                    "confederation",
                    "parti",
                    "party",
                    "mouvement",
                    "movement",
                    "institut",
                    "institute",
                    "office",
                    "bureau",
                    "comite",
                    "committee",
                    "cour",
                    "court",
                    "tribunal",
                    "ministere",
                    "ministry",
                    "departement",
                    "department",
                    "universite",
                    "university",
                    "assemblee",
                    "assembly",
                    "senat",
                    "senate",
                    "centers",
                    "center",
                    "centre",
                    "parquet",
                    "syndicat",
                    "union",
                    "groupe",
                    "group",
                    "societe",
                    "compagnie",
                    "company",
                    "fondation",
                    "foundation",
                    "academie",
                    "academy",
                    "autorite",
                    "authority",
                    "caisse",
                    "chambre",
                    "chamber",
                    // "[Métropole de Lyon]", "[Sdis de la Somme]", "[Congrès de la
                    // Nouvelle-Calédonie]": French local bodies and assemblies.
                    "metropole",
                    "sdis",
                    "congres",
                    "collectivite",
                    // "[Brigade de répression du banditisme]", "[Direction générale des Finances
                    // publiques]", "[Groupement inter-patronal du Cameroun]", "[Samu du Var]".
                    "brigade",
                    "direction",
                    "groupement",
                    "samu",
                    // "[Orchestre national de Lyon]", "[Philharmonie de Paris]": ensembles and
                    // the institutions that run them.
                    "orchestre",
                    "philharmonie");

    /** Last words (folded) of multi-word organisation names: "[Africa Corps]", "[X Council]". */
    private static final Set<String> ORGANISATION_LAST_WORDS =
            Set.of(
                    "council",
                    "board",
                    "commission",
                    "committee",
                    "museum",
                    "agency",
                    "administration",
                    "authority",
                    "institute",
                    "institution",
                    "university",
                    "association",
                    "federation",
                    "confederation",
                    "party",
                    "corps",
                    "organization",
                    "organisation",
                    "ministry",
                    "department",
                    "bureau",
                    "fund",
                    "foundation",
                    "corporation",
                    "corp",
                    "inc",
                    "ltd",
                    "plc",
                    "llc",
                    "airlines",
                    "airways",
                    "technologies",
                    "platforms",
                    "motors",
                    "systems",
                    "devices",
                    "industries",
                    "holdings",
                    "partners",
                    "pharmaceuticals",
                    "bancorp",
                    "consulting",
                    "advisors",
                    "advisers",
                    "associates",
                    "solutions",
                    "office",
                    "management",
                    "energy",
                    "energies",
                    "metropole",
                    "agglomeration",
                    "society",
                    "observatory",
                    "productions",
                    "pictures",
                    "studios",
                    "records",
                    "entertainment",
                    "capital",
                    "ventures",
                    "labs",
                    "therapeutics",
                    "alliance",
                    "coalition",
                    "construction",
                    "collectivites",
                    "ingenierie",
                    "engineering",
                    "immobilier",
                    "environnement",
                    "logistique",
                    "logistics",
                    "assurances",
                    "insurance",
                    "aerospace",
                    "survey",
                    "fc",
                    "cf",
                    "afc",
                    "united",
                    "group");

    /** First words (folded) of a named storm: "[Typhoon Kalmaegi]". */
    private static final Set<String> STORM_WORDS =
            Set.of(
                    "typhoon",
                    "hurricane",
                    "cyclone",
                    "storm",
                    "tropical",
                    "typhon",
                    "ouragan",
                    "tempete");

    /** Words allowed between a cue noun and the name: "the city of", "la ville de". */
    private static final Set<String> LINKS = Set.of("of", "de", "d'", "du");

    /**
     * Places the engine's training text predates or spelled otherwise; the engine typically calls
     * them people. Folded, current English and French spellings.
     */
    static final Set<String> RECENTLY_SPELLED_PLACES =
            Set.of(
                    "kyiv",
                    "kharkiv",
                    "odesa",
                    "lviv",
                    "dnipro",
                    "zaporizhzhia",
                    "mykolaiv",
                    "chernihiv",
                    "bakhmut",
                    "avdiivka",
                    "pokrovsk",
                    "kramatorsk",
                    "sloviansk",
                    "kherson",
                    "mariupol",
                    "sumy",
                    "kupiansk",
                    "vuhledar",
                    "toretsk",
                    "chisinau",
                    "astana",
                    "eswatini",
                    "czechia",
                    "turkiye",
                    "cabo verde",
                    "timor-leste",
                    "kyiv oblast",
                    "zaporijjia",
                    "kharkiv oblast");

    /**
     * A word of a model or product code: letters then digits ("A320", "A320neo", "F-35", "CSO-3",
     * "H20") or a number ("737 MAX"). Names starting with a number and going on in letters are
     * teams or companies ("49ers", "3M").
     */
    private static final Pattern PRODUCT_CODE =
            Pattern.compile("\\p{L}[\\p{L}-]*\\d[\\p{L}\\d-]*|\\d+");

    /** A French motorway's number: "A7", "A62". */
    private static final Pattern MOTORWAY = Pattern.compile("A\\d{1,2}");

    /** First words (folded) of competitions and events: "[Ligue des champions]". */
    private static final Set<String> EVENT_FIRST_WORDS =
            Set.of("ligue", "coupe", "championnat", "championnats", "tournoi", "jeux", "festival");

    /**
     * First words (folded) of laws, treaties and plans, which are works, not bodies: "[Traité de
     * Lisbonne]", "[Pacte vert]", "[Loi Duplomb]".
     */
    private static final Set<String> LAW_FIRST_WORDS =
            Set.of("traite", "pacte", "loi", "directive", "reglement", "charte", "protocole");

    /**
     * Last words (folded) of instruments, indices, awards and meetings that are things, not bodies:
     * "[Extremely Large Telescope]", "[KBW Bank Index]", "[Prefontaine Classic]", "[World Series]".
     */
    private static final Set<String> WORK_LAST_WORDS =
            Set.of(
                    "telescope",
                    "spectrograph",
                    "spectrometer",
                    "index",
                    "classic",
                    "award",
                    "awards",
                    "series");

    /** Last words (folded) of laws and treaties: "[Digital Markets Act]", "[Paris Agreement]". */
    private static final Set<String> LAW_LAST_WORDS =
            Set.of(
                    "act",
                    "treaty",
                    "accord",
                    "accords",
                    "agreement",
                    "directive",
                    "regulation",
                    "bill",
                    "charter",
                    "protocol",
                    "doctrine");

    /**
     * Words (folded) that, just before a name, say it is a person: what someone is or does ("the
     * late", "SpaceX founder", "l'entraîneur", "la romancière"). A person title that may also lead
     * an office ("minister", "président") is in {@link NameLexicon#PERSON_TITLES} instead.
     */
    private static final Set<String> PERSON_BEFORE =
            Set.of(
                    "late",
                    "founder",
                    "co-founder",
                    "cofounder",
                    "billionaire",
                    "businessman",
                    "businesswoman",
                    "coach",
                    "striker",
                    "midfielder",
                    "defender",
                    "goalkeeper",
                    "quarterback",
                    "captain",
                    "actor",
                    "actress",
                    "singer",
                    "rapper",
                    "rappeur",
                    "rappeuse",
                    "author",
                    "novelist",
                    "writer",
                    "poet",
                    "filmmaker",
                    "lawyer",
                    "prosecutor",
                    "professor",
                    "economist",
                    "researcher",
                    "scientist",
                    "astronaut",
                    "chairman",
                    "chairwoman",
                    "fondateur",
                    "fondatrice",
                    "cofondateur",
                    "cofondatrice",
                    "milliardaire",
                    "entraineur",
                    "entraineuse",
                    "selectionneur",
                    "attaquant",
                    "attaquante",
                    "defenseur",
                    "gardien",
                    "capitaine",
                    "acteur",
                    "actrice",
                    "chanteur",
                    "chanteuse",
                    "auteur",
                    "autrice",
                    "ecrivain",
                    "ecrivaine",
                    "romancier",
                    "romanciere",
                    "realisateur",
                    "realisatrice",
                    "cineaste",
                    "avocat",
                    "avocate",
                    "procureur",
                    "procureure",
                    "economiste",
                    "chercheur",
                    "chercheuse",
                    "astronaute",
                    "patron",
                    "patronne",
                    "pdg",
                    // Roles after a body's cue noun: "central bank chief Robert Holzmann".
                    "chief",
                    "boss",
                    "head",
                    "leader",
                    "ceo",
                    "governor",
                    "chair",
                    "president",
                    "minister",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "director",
                    "analyst",
                    "strategist",
                    "manager");

    /**
     * Party adjectives (folded): before a lower-case noun ("the [Liberal] government", "a
     * [Republican] senator") they qualify, and name no party.
     */
    private static final Set<String> PARTY_ADJECTIVES =
            Set.of(
                    "liberal",
                    "conservative",
                    "labour",
                    "labor",
                    "democratic",
                    "republican",
                    "socialist",
                    "communist",
                    "tory",
                    "nationalist");

    /**
     * Last words (folded) of things named after someone: "[Tyrone Guthrie Centre]", "[Jean Monnet
     * School]". A given name opening them says nothing of a person.
     */
    private static final Set<String> NAMED_AFTER_SOMEONE =
            Set.of(
                    "centre",
                    "center",
                    "cross",
                    "hospital",
                    "school",
                    "college",
                    "house",
                    "hall",
                    "street",
                    "road",
                    "square",
                    "park",
                    "bridge",
                    "award",
                    "awards",
                    "prize",
                    "trophy",
                    "foundation",
                    "trust",
                    "airport",
                    "station",
                    "library",
                    "museum",
                    "institute",
                    "stadium",
                    "arena",
                    "theatre",
                    "theater",
                    "lycee",
                    "hopital",
                    "aeroport",
                    "gare",
                    "rue",
                    "avenue",
                    "boulevard",
                    "place",
                    "pont",
                    "stade");

    /** Last words (folded) of competitions and events: "[Champions League]", "[NBA Finals]". */
    private static final Set<String> EVENT_LAST_WORDS =
            Set.of(
                    "league",
                    "cup",
                    "championship",
                    "championships",
                    "games",
                    "finals",
                    "open",
                    "olympics",
                    "festival",
                    "trophy",
                    "prix");

    /**
     * Endings of French demonyms ("les [Parisiens]", "le [Brésilien]", "la [Française]"), which the
     * engine reads as places; a country's name does not end so ("l'Ukraine", "le Brésil").
     */
    private static final Pattern FRENCH_DEMONYM =
            Pattern.compile(
                    "(?:\\p{L}+-)?\\p{L}{3,}(?:iens?|iennes?|eens?|eennes?|ais|aises?|ois|oises?|ains"
                        + "|aines|cain|tain|lain|rain|ins|ines)");

    /** Determiners (folded) before an origin adjective that names a company: "l'américain". */
    private static final Set<String> DETERMINERS =
            Set.of("le", "la", "l'", "les", "du", "au", "aux", "des", "un", "une", "d'");

    /**
     * French origin adjectives (folded): "l'américain [Boeing]", "le lotois [Figeac Aéro]". A
     * closed list, since the demonym endings also end common nouns ("le gardien", "l'écrivain").
     */
    private static final Set<String> ORIGIN_ADJECTIVES =
            Set.of(
                    "algerien",
                    "algerienne",
                    "allemand",
                    "allemande",
                    "alsacien",
                    "alsacienne",
                    "americain",
                    "americaine",
                    "argentin",
                    "argentine",
                    "australien",
                    "australienne",
                    "autrichien",
                    "autrichienne",
                    "auvergnat",
                    "auvergnate",
                    "aveyronnais",
                    "aveyronnaise",
                    "basque",
                    "bearnais",
                    "bearnaise",
                    "belge",
                    "bordelais",
                    "bordelaise",
                    "bourguignon",
                    "bourguignonne",
                    "bresilien",
                    "bresilienne",
                    "breton",
                    "bretonne",
                    "britannique",
                    "canadien",
                    "canadienne",
                    "chilien",
                    "chilienne",
                    "chinois",
                    "chinoise",
                    "coreen",
                    "coreenne",
                    "corse",
                    "danois",
                    "danoise",
                    "emirati",
                    "espagnol",
                    "espagnole",
                    "europeen",
                    "europeenne",
                    "finlandais",
                    "finlandaise",
                    "francais",
                    "francaise",
                    "francilien",
                    "francilienne",
                    "girondin",
                    "girondine",
                    "grec",
                    "grecque",
                    "grenoblois",
                    "grenobloise",
                    "indien",
                    "indienne",
                    "irlandais",
                    "irlandaise",
                    "israelien",
                    "israelienne",
                    "italien",
                    "italienne",
                    "ivoirien",
                    "ivoirienne",
                    "japonais",
                    "japonaise",
                    "landais",
                    "landaise",
                    "lillois",
                    "lilloise",
                    "lotois",
                    "lotoise",
                    "luxembourgeois",
                    "luxembourgeoise",
                    "lyonnais",
                    "lyonnaise",
                    "marocain",
                    "marocaine",
                    "marseillais",
                    "marseillaise",
                    "mexicain",
                    "mexicaine",
                    "montpellierain",
                    "montpellieraine",
                    "nantais",
                    "nantaise",
                    "neerlandais",
                    "neerlandaise",
                    "nicois",
                    "nicoise",
                    "nigerian",
                    "nigeriane",
                    "nordiste",
                    "normand",
                    "normande",
                    "norvegien",
                    "norvegienne",
                    "parisien",
                    "parisienne",
                    "polonais",
                    "polonaise",
                    "portugais",
                    "portugaise",
                    "provencal",
                    "provencale",
                    "qatari",
                    "quebecois",
                    "quebecoise",
                    "rennais",
                    "rennaise",
                    "russe",
                    "saoudien",
                    "saoudienne",
                    "savoyard",
                    "savoyarde",
                    "senegalais",
                    "senegalaise",
                    "singapourien",
                    "singapourienne",
                    "stephanois",
                    "stephanoise",
                    "strasbourgeois",
                    "strasbourgeoise",
                    "sud-africain",
                    "sud-africaine",
                    "sud-coreen",
                    "sud-coreenne",
                    "suedois",
                    "suedoise",
                    "suisse",
                    "taiwanais",
                    "taiwanaise",
                    "tcheque",
                    "toulousain",
                    "toulousaine",
                    "tunisien",
                    "tunisienne",
                    "turc",
                    "turque",
                    "ukrainien",
                    "ukrainienne",
                    "vendeen",
                    "vendeenne");

    /** French adjectives between a determiner and a demonym: "le jeune Lyonnais". */
    private static final Set<String> DEMONYM_ADJECTIVES =
            Set.of("jeune", "jeunes", "nombreux", "nombreuses", "ancien", "ancienne", "anciens");

    /** French determiners before a demonym used as a noun. */
    private static final Set<String> DEMONYM_DETERMINERS =
            Set.of("les", "des", "aux", "au", "le", "la", "l'", "un", "une", "du", "d'");

    private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "aux");

    /** "cour d'honneur": a courtyard, whatever "cour" says elsewhere ("cour d'appel"). */
    private static final Pattern COURTYARD = Pattern.compile("(?i)cour d['’]honneur\\b");

    private ContextEvidence() {}

    /** Whether the name at {@code begin} is a source being quoted: "selon X", "according to X". */
    static boolean quoted(String text, int begin) {
        String[] before = wordsBefore(text, begin, 2);
        return "selon".equals(before[0])
                || ("to".equals(before[0]) && "according".equals(before[1]));
    }

    /** Whether a (folded) word starts organisation names: "Chambre", "Société", "Hospices". */
    static boolean startsAnOrganisationName(String word) {
        return ORGANISATION_FIRST_WORDS.contains(word);
    }

    /** An acronym of two to five capitals, then a town or country the lists know as a place. */
    private static boolean acronymBeforeAPlace(String surface) {
        int blank = surface.indexOf(' ');
        if (blank < 2
                || blank > 5
                || !surface.substring(0, blank).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        KnownNames.Known place =
                KnownNames.SHIPPED.lookup(EntityResolver.key(surface.substring(blank + 1)));
        return place != null && place.type() == EntityType.LOCATION;
    }

    /** Whether a (folded) lower-case word names a company's origin: "allemande", "lotois". */
    static boolean isOriginAdjective(String folded) {
        return ORIGIN_ADJECTIVES.contains(folded);
    }

    /** Whether a (folded) word is a noun that introduces an organisation: "constructeur". */
    static boolean describesAnOrganisation(String folded) {
        return ORGANISATION_BEFORE.contains(folded);
    }

    /** Whether a (folded) word ends the name of a competition: "Grand Prix", "Championship". */
    static boolean endsACompetition(String folded) {
        return EVENT_LAST_WORDS.contains(folded);
    }

    /** Whether a (folded) capitalised word is a French nationality noun: "Belge", "Brésilien". */
    static boolean frenchDemonym(String word) {
        return FRENCH_DEMONYM.matcher(word).matches()
                || FRENCH_NATIONALITIES.contains(singular(word));
    }

    private static boolean opensWithAListedBody(String surface) {
        int hyphen = surface.indexOf('-');
        // An acronym or a short name: "Unsa", "CGT", "CFDT"; longer names join places and people.
        if (hyphen < 2 || hyphen > 5 || surface.contains(" ")) {
            return false;
        }
        String key = EntityResolver.key(surface.substring(0, hyphen));
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        return known != null
                && known.type() == EntityType.ORGANIZATION
                && !KnownNames.SHIPPED.ambiguous(key);
    }

    private static boolean isDoubleNationality(String surface) {
        int hyphen = surface.indexOf('-');
        return hyphen > 0
                && BodyNames.isNationality(surface.substring(0, hyphen))
                && BodyNames.isNationality(surface.substring(hyphen + 1));
    }

    /** "Centre Court", "Union Buildings": a listed place, whatever its words say of bodies. */
    private static boolean listedPlace(String folded) {
        KnownNames.Known known = KnownNames.SHIPPED.lookup(EntityResolver.key(folded));
        return known != null && known.type() == EntityType.LOCATION;
    }

    /**
     * A word shaped like a French pays named after its town ("blayais", "vendomois"), which is also
     * its people's name; "philippines" is not.
     */
    private static boolean isPaysName(String folded) {
        return !folded.contains(" ") && (folded.endsWith("ais") || folded.endsWith("ois"));
    }

    /** "corses" → "corse": the singular of a (folded) French plural in -s. */
    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * French nationality nouns (folded, singular) that no ending of {@link #FRENCH_DEMONYM} makes.
     */
    private static final Set<String> FRENCH_NATIONALITIES =
            Set.of(
                    "allemand",
                    "allemande",
                    "belge",
                    "suisse",
                    "russe",
                    "grec",
                    "grecque",
                    "turc",
                    "turque",
                    "espagnol",
                    "espagnole",
                    "slovene",
                    "croate",
                    "serbe",
                    "tcheque",
                    "britannique",
                    "slovaque",
                    "danoise",
                    "chypriote",
                    "kurde",
                    "afghan",
                    "afghane",
                    "ouzbek",
                    "kazakh",
                    "tchetchene",
                    "bulgare",
                    "letton",
                    "lettone",
                    "monegasque",
                    "andorran",
                    "andorrane",
                    "catalan",
                    "catalane",
                    "breton",
                    "bretonne",
                    "arabe");

    /** Whether a (folded) word ends place names: "Glacier", "County", "Valley". */
    static boolean endsAPlaceName(String word) {
        return PLACE_LAST_WORDS.contains(word);
    }

    /** Whether a (folded) word ends organisation names: "Capital", "Ventures", "Council". */
    static boolean endsAnOrganisationName(String word) {
        return ORGANISATION_LAST_WORDS.contains(word);
    }

    /** Last words (folded) of prizes, often named after someone: "the Webb Ellis [Cup]". */
    private static final Set<String> PRIZE_LAST_WORDS =
            Set.of("cup", "trophy", "prize", "award", "awards", "medal", "shield", "prix");

    /**
     * Whether a name's last word (folded) makes it a prize, an event, a work or a law, which no
     * person's name ends with: "the Webb Ellis [Cup]", "the American League Championship [Series]",
     * "the National Labor Relations [Act]". Not "league": a league is also a body ("the Scottish
     * Professional Football League").
     */
    static boolean endsAPrizeOrEvent(String word) {
        return PRIZE_LAST_WORDS.contains(word)
                || (EVENT_LAST_WORDS.contains(word) && !word.equals("league"))
                || WORK_LAST_WORDS.contains(word)
                || LAW_LAST_WORDS.contains(word);
    }

    /** How much one mention's evidence weighs in the type vote against the engine's guess. */
    static double weight(String key, EntityType evidence) {
        if (evidence == EntityType.LOCATION && RECENTLY_SPELLED_PLACES.contains(key)) {
            return 2.0;
        }
        if (evidence == EntityType.MISC && STORM_WORDS.contains(key.split(" ")[0])) {
            // "Hurricane Delia" is a storm however often the engine reads "Delia" as a woman.
            return 2.0;
        }
        if (evidence == EntityType.MISC
                && isPaysName(key)
                && KnownNames.SHIPPED.lookup(key) != null) {
            // "les Choletais" are people, though the list knows "le Choletais" as a pays: the
            // cue outweighs the engine's place and the list's together.
            return 3.0;
        }
        if (evidence == EntityType.MISC && isProductCode(key)) {
            // The engine reads "A320" as a place and "737" as anything; a code is a product.
            return 1.5;
        }
        return 1.0;
    }

    private static boolean isProductCode(String folded) {
        for (String word : folded.split("[\\s,]+")) {
            if (PRODUCT_CODE.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The type the context points to, or null when it says nothing. */
    static EntityType typeAround(String text, int begin, int end, Dateline dateline) {
        String folded = NameLexicon.fold(text.substring(begin, end));
        if (RECENTLY_SPELLED_PLACES.contains(folded)) {
            return EntityType.LOCATION;
        }
        if (dateline != null && dateline.contains(begin, end)) {
            return EntityType.LOCATION;
        }
        String[] words = folded.split("[\\s,]+");
        if (words.length > 1 && STORM_WORDS.contains(words[0])) {
            return EntityType.MISC;
        }
        if (MOTORWAY.matcher(text.substring(begin, end)).matches()) {
            // "l'autoroute A62", "sur l'A75": a motorway; an Airbus has three digits ("A320").
            return EntityType.LOCATION;
        }
        if (isProductCode(folded)
                && KnownNames.SHIPPED.lookup(EntityResolver.key(folded)) == null) {
            return EntityType.MISC;
        }
        boolean known = KnownNames.SHIPPED.lookup(EntityResolver.key(folded)) != null;
        if (words.length > 1
                && !known
                && (EVENT_FIRST_WORDS.contains(words[0])
                        || EVENT_LAST_WORDS.contains(words[words.length - 1])
                        || LAW_FIRST_WORDS.contains(words[0])
                        || LAW_LAST_WORDS.contains(words[words.length - 1])
                        || WORK_LAST_WORDS.contains(words[words.length - 1]))) {
            return EntityType.MISC;
        }
        if (publisherAfterATitle(text, begin, end)) {
            // "« Les Sentinelles » (Grasset)": a book and, in parentheses, its publisher.
            return EntityType.ORGANIZATION;
        }
        if (words.length > 1 && !known && isListedBodyOfAPlace(EntityResolver.key(folded))) {
            // "[Altice France]", "[Woolworths New Zealand]": a listed firm's arm in a place.
            return EntityType.ORGANIZATION;
        }
        if (words.length == 2
                && !known
                && words[1].equals("fire")
                && !words[0].equals("cal")
                && text.startsWith("Fire", end - 4)) {
            // "the Thomas Fire", "the Rancho Fire": a wildfire's name; "Cal Fire" is the agency.
            return EntityType.MISC;
        }
        if (opensWithAListedBody(text.substring(begin, end))) {
            // "Unsa-Ferroviaire", "CGT-Cheminots": a listed body's branch, named with a hyphen.
            return EntityType.ORGANIZATION;
        }
        if (isDoubleNationality(text.substring(begin, end))) {
            // "Hungarian-British writer David Szalay": two nationalities, no body.
            return EntityType.MISC;
        }
        if (!known && englishNationality(text, begin, words)) {
            // "the Dane", "New Zealanders", "Monegasque", "Indian" alone: a people or its
            // adjective, not a person or a place.
            return EntityType.MISC;
        }
        if (words.length == 1
                && PARTY_ADJECTIVES.contains(words[0])
                && wordAfter(text, end) != null
                && !ORGANISATION_AFTER.contains(wordAfter(text, end))) {
            return EntityType.MISC;
        }
        if (words.length == 1
                && (!known || isPaysName(folded))
                && (frenchDemonym(folded) || ORIGIN_ADJECTIVES.contains(singular(folded)))
                && KnownNames.SHIPPED.lookup("les " + folded) == null) {
            String[] before = wordsBefore(text, begin, 2);
            // A listed pays is its people only in the plural: "les Choletais", not "du Choletais".
            Set<String> determiners = known ? PLURAL_DETERMINERS : DEMONYM_DETERMINERS;
            if (before[0] != null
                    && (determiners.contains(before[0])
                            || (DEMONYM_ADJECTIVES.contains(before[0])
                                    && before[1] != null
                                    && determiners.contains(before[1])))) {
                // "les Bisontins", "le jeune Lyonnais", "de nombreux Champenois".
                return EntityType.MISC;
            }
        }
        if (words.length == 2
                && words[0].equals("stade")
                && FRENCH_DEMONYM.matcher(words[1]).matches()) {
            // "[Stade rennais]", "[Stade toulousain]": a club; "Stade de France" is a venue.
            return EntityType.ORGANIZATION;
        }
        if (COURTYARD.matcher(folded).lookingAt()) {
            // "la [Cour d'honneur du palais des Papes]", "la cour d'honneur des Invalides": a
            // courtyard where plays are staged and the nation pays homage, no court of law.
            return EntityType.LOCATION;
        }
        if (words.length > 1
                && !listedPlace(folded)
                && ((ORGANISATION_FIRST_WORDS.contains(words[0])
                                && !PLACE_LAST_WORDS.contains(words[words.length - 1]))
                        || ORGANISATION_LAST_WORDS.contains(words[words.length - 1]))) {
            // Not "[Union Buildings]", a place whatever its first word.
            return EntityType.ORGANIZATION;
        }
        if (words.length > 1 && Arrays.asList(words).contains("metropole")) {
            // "[Est Métropole Habitat]": a body of the Métropole, whatever its other words.
            return EntityType.ORGANIZATION;
        }
        if (folded.startsWith("grand port maritime ") || folded.startsWith("port autonome ")) {
            // "le [Grand port maritime de Dunkerque]", "le [Port autonome de Douala]": the port's
            // public body, which French law names so; "le port du Havre" is the place.
            return EntityType.ORGANIZATION;
        }
        if (folded.startsWith("parc naturel regional ")) {
            // "le [Parc naturel régional du Médoc]" manages and finances: the park's body.
            return EntityType.ORGANIZATION;
        }
        if (words.length > 1 && text.startsWith("Région ", begin)) {
            // "la [Région Occitanie] finance": the capital makes the regional council; "la région
            // Occitanie" is the area.
            return EntityType.ORGANIZATION;
        }
        if (words.length > 1 && acronymBeforeAPlace(text.substring(begin, end))) {
            // "[ARS Auvergne-Rhône-Alpes]": a body or a club of the place.
            return EntityType.ORGANIZATION;
        }
        if (words.length > 1
                && !known
                && !chamberOfAPlace(words)
                && (PLACE_LAST_WORDS.contains(words[words.length - 1])
                        || ((PLACE_FIRST_WORDS.contains(words[0])
                                        || (words[0].equals("grand")
                                                && PLACE_FIRST_WORDS.contains(words[1])))
                                && !ORGANISATION_LAST_WORDS.contains(words[words.length - 1])))) {
            // Venues are places: "[Palais des festivals]", "[Grand Théâtre Lumière]".
            return EntityType.LOCATION;
        }
        if (words.length == 2
                && !known
                && COMPASS_POINTS.contains(words[0])
                && !DEMONYM_ENDING.matcher(words[1]).find()) {
            // "[North Yorkshire]", "[West Java]": a compass point and a name make a region;
            // "South African" is the people's adjective.
            return EntityType.LOCATION;
        }
        String[] before = wordsBefore(text, begin, 5);
        String previous = before[0];
        if ("en".equals(previous)
                && known
                && KnownNames.SHIPPED.lookup(EntityResolver.key(folded)).type()
                        == EntityType.LOCATION) {
            // "en [France]": French puts "en" before a country it speaks of as a place.
            return EntityType.LOCATION;
        }
        if (previous != null
                && before[1] != null
                && DETERMINERS.contains(before[1])
                && ORIGIN_ADJECTIVES.contains(previous)) {
            // Typography of French news: "l'américain [Boeing]", "le lotois [Figeac Aéro]" are
            // companies named by their origin in lower case; people get a capital ("l'Américain").
            return EntityType.ORGANIZATION;
        }
        if (previous != null
                && before[2] != null
                && ORGANISATION_BEFORE.contains(before[2])
                && LINKS.contains(before[1])) {
            // "le fabricant de [robots] Exotec": a cue noun and its complement.
            return EntityType.ORGANIZATION;
        }
        if (previous != null
                && before[3] != null
                && ORGANISATION_BEFORE.contains(before[3])
                && LINKS.contains(before[2])
                && !LINKS.contains(before[1])) {
            // "le fabricant de robots logistiques Exotec".
            return EntityType.ORGANIZATION;
        }
        if (previous != null) {
            if (COMPASS_BEFORE.contains(previous)
                    || (previous.equals("of")
                            && before[1] != null
                            && COMPASS_POINTS.contains(before[1]))) {
                // "the northern Philippines", "services west of Penrith".
                return EntityType.LOCATION;
            }
            if (PERSON_BEFORE.contains(previous)) {
                return EntityType.PERSON;
            }
            if ((previous.equals("at") || previous.equals("chez"))
                    && before[1] != null
                    && STAFF_AT.contains(before[1])) {
                // "analyst at Raymond James", "analyste chez Bernstein".
                return EntityType.ORGANIZATION;
            }
            if (previous.equals("chez") && !known) {
                // "publié chez Gallimard", "a travaillé chez Valeo": French "chez" before a name
                // in news is the firm someone works for or publishes with.
                return EntityType.ORGANIZATION;
            }
            if (ORGANISATION_BEFORE.contains(previous)
                    || (before[1] != null
                            && ORGANISATION_BEFORE.contains(before[1])
                            && isAdjective(text, begin, previous))) {
                return EntityType.ORGANIZATION;
            }
            if (PLACE_BEFORE.contains(previous)
                    || (LINKS.contains(previous)
                            && before[1] != null
                            && PLACE_BEFORE.contains(before[1]))
                    || ("la".equals(previous)
                            && "de".equals(before[1])
                            && before[2] != null
                            && PLACE_BEFORE.contains(before[2]))) {
                return EntityType.LOCATION;
            }
        }
        if (BASED_AFTER.matcher(text).region(end, text.length()).lookingAt()
                && !BodyNames.isNationality(text.substring(begin, end))) {
            // "the Boston-based company": where a firm is based; "Swiss-based" says its nation.
            return EntityType.LOCATION;
        }
        String firmWord = wordAfter(text, afterPossessive(text, end));
        if (firmWord != null && FIRM_AFTER.contains(firmWord)) {
            // "Amazon founder Jeff Bezos", "Amazon shares rose": a company, not the river.
            return EntityType.ORGANIZATION;
        }
        String next = wordAfter(text, end);
        if (next != null) {
            if (PLACE_AFTER.contains(next)) {
                return EntityType.LOCATION;
            }
            if (ORGANISATION_AFTER.contains(next)) {
                return EntityType.ORGANIZATION;
            }
        }
        if (startsWithAGivenName(text.substring(begin, end), words, known)) {
            // "Robert Holzmann", "Jordi Alba": a given name, then a surname.
            return EntityType.PERSON;
        }
        return null;
    }

    /**
     * "[Texas House]", "[Ohio House]": a listed place's house is its assembly; "[Luthuli House]",
     * "[Broadcasting House]" are buildings.
     */
    private static boolean chamberOfAPlace(String[] words) {
        if (!words[words.length - 1].equals("house")) {
            return false;
        }
        KnownNames.Known place =
                KnownNames.SHIPPED.lookup(String.join(" ", Arrays.copyOf(words, words.length - 1)));
        return place != null && place.type() == EntityType.LOCATION;
    }

    private static boolean startsWithAGivenName(String surface, String[] words, boolean known) {
        if (known || words.length < 2 || words.length > 4) {
            return false;
        }
        String last = words[words.length - 1];
        if (ORGANISATION_LAST_WORDS.contains(last)
                || PLACE_LAST_WORDS.contains(last)
                || EVENT_LAST_WORDS.contains(last)
                || LAW_LAST_WORDS.contains(last)
                || WORK_LAST_WORDS.contains(last)
                || PRIZE_LAST_WORDS.contains(last)
                || NAMED_AFTER_SOMEONE.contains(last)) {
            return false;
        }
        for (String word : surface.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return GivenNames.SHIPPED.contains(surface.split("\\s+")[0]);
    }

    /** Whether the name stands alone in parentheses right after a quoted title. */
    private static boolean publisherAfterATitle(String text, int begin, int end) {
        if (end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        int i = begin - 1;
        if (i < 0 || text.charAt(i) != '(') {
            return false;
        }
        i--;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '»' || text.charAt(i) == '”');
    }

    /** A listed organisation's name, then a listed place's: "altice france". */
    private static boolean isListedBodyOfAPlace(String key) {
        for (int split = key.indexOf(' '); split > 0; split = key.indexOf(' ', split + 1)) {
            KnownNames.Known body = KnownNames.SHIPPED.lookup(key.substring(0, split));
            KnownNames.Known place = KnownNames.SHIPPED.lookup(key.substring(split + 1));
            if (body != null
                    && body.type() == EntityType.ORGANIZATION
                    && place != null
                    && place.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name's key words name a storm: "typhoon kalmaegi". */
    static boolean namesAStorm(String[] keyWords) {
        return keyWords.length > 1 && STORM_WORDS.contains(keyWords[0]);
    }

    /** A lower-case word that is not a link word: "le constructeur [allemand] Volkswagen". */
    private static boolean isAdjective(String text, int begin, String previous) {
        return !LINKS.contains(previous) && !NameLexicon.FUNCTION_WORDS.contains(previous);
    }

    /**
     * Up to {@code count} folded lower-case words before {@code begin} on its line, nearest first.
     */
    static String[] wordsBefore(String text, int begin, int count) {
        String[] words = new String[count];
        int i = begin;
        for (int n = 0; n < count; n++) {
            int end = i;
            if (i > 1
                    && isApostrophe(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i - 2))) {
                // "d'" and "l'" are written against the next word.
                i -= 2;
            } else {
                while (i > 0 && text.charAt(i - 1) == ' ') {
                    i--;
                }
                end = i;
                while (i > 0
                        && (Character.isLetterOrDigit(text.charAt(i - 1))
                                || text.charAt(i - 1) == '-')) {
                    i--;
                }
            }
            if (i == end) {
                break;
            }
            if (!Character.isLowerCase(text.codePointAt(i))) {
                // A capital is a name's, except on the first word of a sentence: "Analysts at".
                if (sentenceStart(text, i)) {
                    words[n] = NameLexicon.fold(text.substring(i, end));
                }
                break;
            }
            words[n] = NameLexicon.fold(text.substring(i, end));
        }
        return words;
    }

    /** Whether {@code begin} opens a sentence, a line, a quote or a headline after a kicker. */
    static boolean sentenceStart(String text, int begin) {
        int i = begin;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i == 0 || ".!?:\n«\"“|•—–-".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The lower-case word right after a name (folded), or null. */
    static String wordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        String word = text.substring(start, i);
        return Character.isLowerCase(word.codePointAt(0)) ? NameLexicon.fold(word) : null;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
