package io.newsgraph.nlp.normalise;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the engine's raw spans for one article into the entities newsgraph reports. */
public final class ArticleNormaliser {

    /** What may separate the pieces of one name the engine cut in two: a space or a comma. */
    private static final Pattern NAME_GAP = Pattern.compile(",? | and | et ");

    /** "Bank [of] England", "Banque [de] France": an institution named after its country. */
    private static final Pattern OF_GAP =
            Pattern.compile(" (?:of|of the|de|du|de la|des) | (?:de l|d)['’]");

    /** Countries written as a prefix of their bodies' names: "U.S. Army", "UK Space Agency". */
    private static final Set<String> COUNTRY_PREFIXES = Set.of("U.S.", "US", "U.N.", "UN", "UK");

    /** " et de la ", " et du ": between a French body's first place and its second. */
    private static final Pattern SECOND_PLACE_GAP =
            Pattern.compile(" et (?:de la |de l['’]|du |des |de |d['’])");

    /** " for the ", " for ": between a court and its circuit, an office and its subject. */
    private static final Pattern FOR_GAP = Pattern.compile(" for (?:the )?");

    /** " in ": between a mission and its capital. */
    private static final Pattern IN_GAP = Pattern.compile(" in ");

    /** Heads that " for the " continues: "U.S. Court of Appeals", "U.N. Office", "Agency". */
    private static final Pattern HEAD_BEFORE_FOR =
            Pattern.compile(
                    ".*\\b(?:Court|Appeals|Office|Agency|Bureau|Institute|Commission|Fund)");

    /** "[U.S. Embassy] in [Havana]": a mission and the capital it is in. */
    private static final Pattern MISSION_BEFORE_IN = Pattern.compile(".*\\b(?:Embassy|Consulate)");

    /**
     * A nationality or "World", then maybe capitalised words and "and", then a body: "[Canadian]
     * [Red Cross]", "[Italian] Tennis and [Padel Federation]", "[World] [Food Program]".
     */
    private static boolean isNationalityBeforeABody(
            String text, CleanMention first, CleanMention body) {
        String word = text.substring(first.begin(), first.end());
        String gap = text.substring(first.end(), body.begin());
        return (word.equals("World") || BodyNames.isNationality(word))
                && (gap.equals(" ")
                        || (NATIONALITY_BODY_GAP.matcher(gap).matches()
                                && ContextEvidence.endsAnOrganisationName(
                                        NameLexicon.fold(
                                                text.substring(
                                                        text.lastIndexOf(' ', body.end() - 1) + 1,
                                                        body.end())))));
    }

    private static boolean isCountryBeforeItsBody(
            String text, CleanMention first, CleanMention body) {
        return body.begin() == first.end() + 1
                && text.charAt(first.end()) == ' '
                && isListedCountry(text, first)
                && ContextEvidence.endsAnOrganisationName(NameLexicon.fold(lastWord(text, body)));
    }

    /** " ", " Food and ", " Tennis and ": what may stand between a nationality and its body. */
    private static final Pattern NATIONALITY_BODY_GAP =
            Pattern.compile(" (?:(?:\\p{Lu}\\p{Ll}+ )+(?:and|&) )?");

    /** The word that ends a venue's name, which the engine may tag on its own. */
    private static final Set<String> VENUE_LAST_WORDS = Set.of("Arena", "Stadium");

    /** "Mohammed [bin] Abdulrahman Al Thani": particles inside one person's name. */
    /** A department or ministry named after its first subject: "Department for Science". */
    private static final Pattern SUBJECTS_HEAD =
            Pattern.compile(".*\\b(?:Department|Ministry) (?:for|of) (?:the )?\\p{Lu}[\\p{L}-]*");

    /** ", Innovation and Technology": the department's other subjects, capitalised. */
    private static final Pattern SUBJECTS_LIST_AFTER =
            Pattern.compile(
                    "(?:, \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)+,? and \\p{Lu}[\\p{L}-]*(?:"
                            + " \\p{Lu}[\\p{L}-]*)?");

    /** " della ", " di ": the particles of Italian place names ("San Fermo della Battaglia"). */
    private static final Pattern ITALIAN_PLACE_PARTICLE_GAP =
            Pattern.compile(" (?:della|delle|dello|degli|dei|di|del) ");

    private static final Pattern NAME_PARTICLE_GAP =
            Pattern.compile(" (?:bin|ibn|bint|ben|abu|ould|al|el|da|de|dos|van|von) ");

    /**
     * "le [tribunal correctionnel de ]Paris", "la [chambre régionale des comptes d']Occitanie", "la
     * [section de recherches de ]Montpellier": French writes a body's generic head in lower case,
     * and the engine then sees only the place it is named after. A court says which one ("cour
     * d'appel de Paris"): "la cour du Louvre" is a courtyard; so does a directorate ("direction
     * régionale des affaires culturelles des Hauts-de-France"): "en direction de Lyon" is a way.
     */
    private static final Pattern FRENCH_BODY_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:(?:tribunal|conseil|parquet|barreau|commissariat|commission|mairie|préfecture"
                        + "|prefecture|université|ministère|chambre|assemblée|académie|rectorat|CHU"
                        + "|CHRU|CHR|police|gendarmerie|section|groupement|communauté|brigade|diocèse|équipe)(?:"
                        + " [\\p{Ll}'’-]+){0,4}|cour(?! d['’]honneur)(?:"
                        + " [\\p{Ll}'’-]+){1,4}|direction"
                        + " (?:régionale|générale|départementale|interdépartementale|interrégionale|nationale|centrale)(?:"
                        + " [\\p{Ll}'’-]+){0,4}) (?:de la |de l['’]|de |du |des |d['’])$");

    /**
     * "le [Laboratoire d'astrophysique de ]Marseille", "le [Syndicat général des vignerons de la
     * ]Champagne": a capitalised head, its lower-case rest, then the place; the engine sees the
     * head and the place apart.
     */
    private static final Pattern CAPITALISED_BODY_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:Laboratoire|Syndicat|Observatoire|Conservatoire|Institut|Centre"
                            + "|Office|Agence|Comité|Fédération|Union|Confédération|Direction"
                            + "|Service|Établissement)"
                            + "(?: [\\p{Ll}'’-]+){1,9} (?:de la |de l['’]|de |du |des |d['’])$");

    /**
     * A school's or research centre's head right before the name of whom it is named after: "le
     * [lycée Jean-Rostand]", "le [centre Léon-Bérard]" act as bodies.
     */
    private static final Pattern BODY_NAMED_AFTER_SOMEONE_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:lycée(?: professionnel| agricole| général|"
                            + " polyvalent)?|collège|école|centre|groupe scolaire) $");

    /** A street's or venue's head right before the name of whom it is named after. */
    private static final Pattern NAMED_AFTER_SOMEONE_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:rue|boulevard|avenue|quai|pont|allée|place|square|esplanade|stade|salle|palais|gymnase|parc|hôpital|cathédrale)"
                        + " $");

    /** A French adjective in lower case, by its ending: "nationale", "étrangères", "écologique". */
    private static final String ADJECTIVE =
            "(?!(?:r?appelle|interpelle)\\b)\\p{Ll}+(?:ales|ale|aux|al|iques|ique|ères|ère|aires|aire|elles|elle|ien|ienne)\\b";

    /**
     * "le [ministère de l'Economie]", "le [ministère des Affaires étrangères]", "le [ministère de
     * l'Education nationale]", "le [ministère syrien de l'Intérieur]", "le [ministère du Patrimoine
     * canadien]": a ministry, which French writes with a lower-case head and the engine seldom
     * sees; not "le ministre de l'Economie", a title. A second portfolio repeats its "de": "le
     * ministère de l'Agriculture et Bercy" are two.
     */
    private static final Pattern MINISTRY_NAME =
            Pattern.compile(
                    "(?U)\\bministère (?:\\p{Ll}+ )?(?:de l['’]|de la |des |du |de"
                            + " )\\p{Lu}[\\p{L}-]*(?: "
                            + ADJECTIVE
                            + ")?(?:,? et (?:de l['’]|de la |des |du |de )\\p{Lu}[\\p{L}-]*(?: "
                            + ADJECTIVE
                            + ")?)*");

    /**
     * "l'[université ]Grenoble Alpes", "la [métropole ]Nice Côte d'Azur", "la [chambre régionale
     * des comptes ]Provence-Alpes-Côte d'Azur": bodies whose lower-case head stands right before
     * the place or name they are called by.
     */
    private static final Pattern FRENCH_BODY_APPOSED_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:université|métropole|chambre régionale des comptes|communauté"
                            + " urbaine|communauté d['’]agglomération) $");

    /**
     * Lower-case heads of French buildings and sites that writers name with their head: "la
     * cathédrale Saint-Pierre de Beauvais", "l'hôpital Lapeyronie", "l'abbaye de Flaran", "la
     * centrale nucléaire de Penly". Stations, valleys, airports and "cours" are left out: writers
     * annotate "la gare de Villefranche-sur-Saône" as the town and disagree on the others.
     */
    private static final String FRENCH_BUILDING_HEADS =
            "cathédrale|basilique|église|abbaye|château|hôpital|stade"
                    + "|centrale (?:nucléaire|thermique|solaire)";

    /**
     * "la rue de [Rivoli]", "le boulevard [Saint-Germain]", "la place [Beauvau]", "la pointe du
     * [Raz]", "les îles [Vierges britanniques]": French writes the generic head of a street or a
     * natural place in lower case, and the engine sees only its name.
     */
    private static final Pattern FRENCH_STREET_BEFORE =
            Pattern.compile(
                    "(?U)\\b(?:(?:rue|boulevard|avenue|quai|pont|allée|allee|impasse|chaussée|chaussee|route)(?:"
                        + " de la| de l['’]| du| des| de| d['’])?|place(?: de la| de l['’]| du|"
                        + " des| de| d['’])?|palais(?: de la| de l['’]| du| des| de|"
                        + " d['’])?|square|esplanade|parvis|(?:pointe|cap|île|îles|golfe|baie|lac|mont|col|massif|plateau|presqu'île|détroit|mer|océan|"
                            + FRENCH_BUILDING_HEADS
                            + ")(?: de la| de l['’]| du| des| de| d['’])?) ?$");

    /**
     * "l'[Administration fédérale] de l'aviation (FAA)": an organisation whose name goes on in
     * lower case up to the acronym that closes it.
     */
    private static final Pattern LOWER_CASE_COMPLEMENT_THEN_ACRONYM =
            Pattern.compile(
                    "(?U)((?: (?:de la |de l['’]|du |des |de |d['’]|et de la |et de l['’]|et des"
                            + " |et du |et de |pour la |pour le |pour l['’]|sur les |sur la"
                            + " )?[\\p{Ll}][\\p{Ll}'’-]*){1,7}) \\((\\p{Lu}{2,8})\\)");

    /**
     * A longer lower-case rest, maybe a list ("des auteurs, compositeurs et éditeurs de musique"),
     * then an acronym that may be written as a word ("(Sacem)"): taken only when the acronym spells
     * the whole name.
     */
    private static final Pattern SPELLED_LOWER_CASE_COMPLEMENT =
            Pattern.compile("(?U)((?:,? \\p{Ll}[\\p{Ll}'’-]*){1,14}) \\((\\p{Lu}\\p{L}{1,9})\\)");

    /**
     * French adjectives after a body's first word, then maybe one complement: " générale de
     * l'armement", " paysanne", " nationale des forêts". Adjective endings only, so a verb
     * ("appelle", "annonce") ends the name.
     */
    private static final Pattern BODY_ADJECTIVES_AFTER =
            Pattern.compile(
                    "(?U)(?:"
                        + " \\p{Ll}+(?:ale|aux|ique|aise|enne|ien|ienne|nel|nelle|ère|ier|aire|anne|ive|if)(?!\\p{L}))+(?:"
                        + " (?:de la |de l['’]|d['’]|de |du |des )\\p{Ll}[\\p{Ll}-]+)?");

    /**
     * Whether {@code name}'s words spell {@code acronym} (see {@link #spells(List, int, String,
     * int)}).
     */
    private static boolean spells(String name, String acronym) {
        return spells(
                List.of(EntityResolver.key(name).split(" ")),
                0,
                NameLexicon.fold(acronym).replace("-", ""),
                0);
    }

    /**
     * A body's name goes on in lower case from a link word or an adjective: " de l'aviation", "
     * intergouvernemental sur…", not " a publié hier".
     */
    private static final Pattern LINK_FIRST =
            Pattern.compile(
                    "(?U)^ (?:de |du |des |d['’]|pour |sur |et |\\p{Ll}+(?:al|ale|aux|ique|aise"
                            + "|enne|ien|ienne|nel|nelle|ère|ier|aire|anne|ive|if)\\b)");

    /** {@code m} stretched over {@code begin}–{@code end}, of {@code type} by its own words. */
    private static CleanMention spanning(CleanMention m, int begin, int end, EntityType type) {
        return new CleanMention(begin, end, type, m.confidence(), false, type);
    }

    /**
     * An acronym in parentheses, maybe written as a word or followed by the département's number:
     * "(PNF)", "(Pnaco)", "(SDIS 30)".
     */
    private static final Pattern ACRONYM_IN_PARENTHESES =
            Pattern.compile(
                    " \\((\\p{Lu}{2,6}(?:-\\p{Lu}{1,3})?|\\p{Lu}\\p{Ll}{2,7})(?: \\d{1,3})?\\)");

    /**
     * Heads (folded) of bodies French writes in lower case, taken only when the acronym after them
     * spells the name: "le [service départemental d'incendie et de secours] (SDIS)", "la [police
     * aux frontières] (PAF)", "la [juridiction interrégionale spécialisée] de Marseille (JIRS)".
     */
    private static final Set<String> SPELLED_BODY_HEADS =
            Set.of("service", "police", "juridiction", "secretariat", "inspection", "mission");

    /**
     * French prefixes whose word an acronym may spell as two: "[i]nter[r]égionale" in JIRS,
     * "[a]nti[c]riminalité" in Pnaco.
     */
    private static final List<String> COMPOUND_PREFIXES =
            List.of("inter", "anti", "intra", "trans", "multi", "sous", "contre");

    /** "de la [Creuse]", "de [Bretagne]": what joins a body's head to its place. */
    private static final Pattern OF_AT_END =
            Pattern.compile("(?: de la | de l['’]| de | du | des | d['’])$");

    /** French adjectives an acronym may leave out at the end: "audiovisuelle et numérique". */
    private static final Pattern TRAILING_ADJECTIVE =
            Pattern.compile("(?:elle|elles|ique|iques|ale|ales|aire|aires)$");

    /** The most words a body written in lower case may have before its place. */
    private static final int MAX_SPELLED_WORDS = 10;

    /**
     * "Le [parquet national financier] (PNF)", "L'[agence régionale de santé de Bretagne] (ARS)": a
     * French body written wholly in lower case, then its acronym in parentheses, which the engine
     * does not see as a name. Taken only when the body's first word is a body's head ("parquet",
     * "agence", "autorité"…) and the acronym spells its words, so "la taxe sur la valeur ajoutée
     * (TVA)" stays no name.
     */
    static List<CleanMention> spelledBodies(String text, List<CleanMention> mentions) {
        List<CleanMention> result = new ArrayList<>(mentions);
        Matcher acronym = ACRONYM_IN_PARENTHESES.matcher(text);
        while (acronym.find()) {
            int phraseEnd = acronym.start();
            CleanMention place = null;
            for (CleanMention m : result) {
                if (m.end() == phraseEnd
                        && (m.type() == EntityType.LOCATION
                                || m.evidence() == EntityType.LOCATION)) {
                    place = m;
                }
            }
            int spelledEnd = phraseEnd;
            if (place != null) {
                Matcher of =
                        OF_AT_END
                                .matcher(text)
                                .region(Math.max(0, place.begin() - 8), place.begin());
                if (!of.find()) {
                    continue;
                }
                spelledEnd = of.start();
            }
            int begin = spelledBegin(text, spelledEnd, acronym.group(1));
            if (begin < 0) {
                continue;
            }
            int end = place == null ? spelledEnd : place.end();
            CleanMention known = place;
            Predicate<CleanMention> head = m -> m.begin() == begin && m.end() < end;
            if (result.stream()
                    .anyMatch(
                            m ->
                                    m != known
                                            && !head.test(m)
                                            && m.begin() < end
                                            && m.end() > begin)) {
                continue;
            }
            // "le [Bureau] d'enquêtes sur les accidents de transport terrestre (BEA-TT)": the
            // engine saw the capitalised head alone.
            result.removeIf(head);
            result.remove(place);
            result.add(writtenBody(begin, end));
        }
        result.sort(Comparator.comparingInt(CleanMention::begin));
        return result;
    }

    /** A body the text names plainly though the engine did not see it. */
    private static CleanMention writtenBody(int begin, int end) {
        return new CleanMention(
                begin, end, EntityType.ORGANIZATION, 1.0, false, EntityType.ORGANIZATION);
    }

    /** Every ministry named in the text, as one organisation mention each. */
    static List<CleanMention> ministries(String text, List<CleanMention> mentions) {
        List<CleanMention> result = new ArrayList<>(mentions);
        Matcher ministry = MINISTRY_NAME.matcher(text);
        while (ministry.find()) {
            int begin = ministry.start();
            int end = ministry.end();
            if (result.stream().anyMatch(m -> m.begin() < end && m.end() > end)
                    || result.stream().anyMatch(m -> m.begin() < begin && m.end() > begin)) {
                // A longer name the ministry is part of.
                continue;
            }
            result.removeIf(m -> m.begin() >= begin && m.end() <= end);
            result.add(writtenBody(begin, end));
        }
        result.sort(Comparator.comparingInt(CleanMention::begin));
        return result;
    }

    /**
     * Where the lower-case words ending at {@code end} whose initials spell {@code acronym} begin,
     * the first of them a body's head; -1 when there are none.
     */
    private static int spelledBegin(String text, int end, String acronym) {
        List<int[]> words = new ArrayList<>();
        int i = end;
        while (words.size() < MAX_SPELLED_WORDS && i > 0) {
            int wordBegin = i;
            while (wordBegin > 0 && !Character.isWhitespace(text.charAt(wordBegin - 1))) {
                wordBegin--;
            }
            String word = MentionCleaner.withoutElision(text.substring(wordBegin, i));
            if (word.isEmpty() || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                break;
            }
            if (!Character.isLowerCase(word.codePointAt(0))) {
                if (!words.isEmpty()
                        && ContextEvidence.startsAnOrganisationName(NameLexicon.fold(word))) {
                    // A capitalised head opens the lower-case rest: "Bureau d'enquêtes …".
                    words.add(0, new int[] {i - word.length(), i});
                }
                break;
            }
            words.add(0, new int[] {i - word.length(), i});
            if (wordBegin == 0 || text.charAt(wordBegin - 1) != ' ') {
                break;
            }
            i = wordBegin - 1;
        }
        for (int first = 0; first < words.size(); first++) {
            String head =
                    NameLexicon.fold(text.substring(words.get(first)[0], words.get(first)[1]));
            if (!ContextEvidence.startsAnOrganisationName(head)
                    && !SPELLED_BODY_HEADS.contains(head)) {
                continue;
            }
            List<String> folded = new ArrayList<>();
            for (int[] word : words.subList(first, words.size())) {
                folded.add(NameLexicon.fold(text.substring(word[0], word[1])));
            }
            if (spells(String.join(" ", folded), acronym)) {
                return words.get(first)[0];
            }
        }
        return -1;
    }

    /**
     * Whether {@code words} from {@code w} on spell {@code acronym} from {@code a} on: each word
     * gives the first letter of the rest ("PNF", "ARS") or, as French writes acronyms it
     * pronounces, its first letters ("Upads": Union PAnafricaine pour la Démocratie Sociale); a
     * function word may give none, and so may adjectives after the letters are spelled ("Arcom":
     * Autorité de Régulation de la COMmunication audiovisuelle et numérique).
     */
    private static boolean spells(List<String> words, int w, String acronym, int a) {
        if (a == acronym.length()) {
            return words.subList(w, words.size()).stream()
                    .allMatch(
                            word ->
                                    NameLexicon.FUNCTION_WORDS.contains(word)
                                            || TRAILING_ADJECTIVE.matcher(word).find());
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w);
        if (NameLexicon.FUNCTION_WORDS.contains(word) && spells(words, w + 1, acronym, a)) {
            return true;
        }
        for (String prefix : COMPOUND_PREFIXES) {
            if (word.length() > prefix.length() + 2 && word.startsWith(prefix)) {
                List<String> split = new ArrayList<>(words);
                split.set(w, word.substring(prefix.length()));
                split.add(w, prefix);
                if (spells(split, w, acronym, a)) {
                    return true;
                }
            }
        }
        for (int k = 1; k <= Math.min(word.length(), acronym.length() - a); k++) {
            if (word.charAt(k - 1) != acronym.charAt(a + k - 1)) {
                return false;
            }
            if (spells(words, w + 1, acronym, a + k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code body}, an organisation whose name matches {@code head}, goes on over {@code
     * gap} into {@code next}: "[U.N. Office] for the [Coordination of Humanitarian Affairs]".
     */
    private static boolean bodyGoesOn(
            String text, CleanMention body, CleanMention next, Pattern head, Pattern gap) {
        return body.type() == EntityType.ORGANIZATION
                && overGap(text, body, next, gap)
                && head.matcher(text.substring(body.begin(), body.end())).matches();
    }

    /** Whether only {@code gap} lies between {@code first} and {@code next}: " della ". */
    private static boolean overGap(
            String text, CleanMention first, CleanMention next, Pattern gap) {
        return next.begin() >= first.end()
                && gap.matcher(text.substring(first.end(), next.begin())).matches();
    }

    /** The last word of a mention, as written. */
    private static String lastWord(String text, CleanMention m) {
        String surface = text.substring(m.begin(), m.end());
        return surface.substring(surface.lastIndexOf(' ') + 1);
    }

    /** Whether the mention is a place of the shipped lists: "Yaoundé", "Gard", "Guadeloupe". */
    private static boolean isListedFirm(String text, CleanMention m) {
        String surface = text.substring(m.begin(), m.end());
        String key = EntityResolver.key(surface);
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        return known != null
                && known.type() == EntityType.ORGANIZATION
                && !known.country()
                && !surface.contains(" ")
                && KnownNames.SHIPPED.writtenAsListed(key, surface);
    }

    private static boolean isListedPlace(String text, CleanMention m) {
        KnownNames.Known known =
                KnownNames.SHIPPED.lookup(EntityResolver.key(text.substring(m.begin(), m.end())));
        return known != null && known.type() == EntityType.LOCATION;
    }

    private static boolean isListedCountry(String text, CleanMention m) {
        KnownNames.Known known =
                KnownNames.SHIPPED.lookup(EntityResolver.key(text.substring(m.begin(), m.end())));
        return known != null && known.country();
    }

    /** An organisation of several words whose last word is in lower case: "Police nationale". */
    private static boolean goesOnInLowerCase(String text, CleanMention m) {
        if (m.type() != EntityType.ORGANIZATION && m.evidence() != EntityType.ORGANIZATION) {
            return false;
        }
        String surface = text.substring(m.begin(), m.end());
        int space = surface.lastIndexOf(' ');
        return space > 0 && Character.isLowerCase(surface.codePointAt(space + 1));
    }

    private static boolean isOneWord(String text, CleanMention m) {
        return text.substring(m.begin(), m.end()).codePoints().allMatch(Character::isLetter);
    }

    /** A link word and capitalised words, then an acronym: " on Development (IGAD)". */
    private static final Pattern CAPITALISED_COMPLEMENT_THEN_ACRONYM =
            Pattern.compile(
                    "(?U)( (?:on|of|for|and|de|du|des|pour) (?:(?:of|and|the|de|du|des|la|et)"
                            + " )?\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|and|the|de|du|des|la|et)"
                            + " )?\\p{Lu}[\\p{L}'’-]*){0,4}) \\((\\p{Lu}{2,8})\\)");

    /** A web domain glued to a company name: ".io" of "Sekoia.io". */
    private static final Pattern WEB_DOMAIN_AFTER =
            Pattern.compile("\\.(?:io|com|ai|fr|net|org|co|app)\\b(?!\\.\\p{L})");

    /** An ordinal just before a court: "5th ", "2nd ". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th) $");

    /**
     * A sport, capitalised, right before a country: "[Rugby] Australia", "[Athletics] Kenya",
     * "[Hockey] Canada" are the country's governing bodies of the sport. Not after another capital
     * ("World Rugby" is the world body, and what follows it another name).
     */
    private static final Pattern SPORT_BEFORE_A_COUNTRY =
            Pattern.compile(
                    "(?<!\\p{Lu}\\p{L}{0,20} )\\b(?:Athletics|Badminton|Baseball|Basketball|Boxing"
                            + "|Cricket|Cycling|Equestrian|Football|Golf|Gymnastics|Hockey|Judo"
                            + "|Netball|Rowing|Rugby|Sailing|Softball|Squash|Surfing|Swimming"
                            + "|Tennis|Triathlon|Volleyball) $");

    /** A capitalised storm word just before a name: "Hurricane Delia", "Typhon Kalmaegi". */
    private static final Pattern STORM_WORD_BEFORE =
            Pattern.compile(
                    "\\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Ouragan|Typhon|Tempête)"
                            + " $");

    /** "[737] MAX": the model number before the series letters the engine took. */
    private static final Pattern MODEL_NUMBER_BEFORE = Pattern.compile("\\b\\d{3,4} $");

    /**
     * An Arabic article joined to the rest of a name: "Sharm [el-Sheikh]", "Abdel Fattah
     * [al-Sisi]".
     */
    private static final Pattern ARTICLE_PARTICLE_AFTER =
            Pattern.compile(" (?:el|al|ad|as|ash|an|ar|at|az|ul|ed|es)-\\p{Lu}\\p{L}+");

    /**
     * Roads named by their number, which the engine misses or cuts: "Interstate 10", "Highway 16",
     * "U.S. Route 101", "I-95".
     */
    private static final Pattern NUMBERED_ROAD =
            Pattern.compile(
                    "\\b(?:(?:U\\.S\\.|State|County|Trans-Canada)"
                            + " )?(?:Interstate|Highway|Route|Motorway)"
                            + " \\d{1,4}[A-Z]?\\b|\\bI-\\d{1,3}\\b");

    /** What says that an "X" after it is the social network, not a letter. */
    private static final Pattern SOCIAL_NETWORK_BEFORE =
            Pattern.compile("\\b(?:on|sur|réseau social|social network|platform|plateforme) $");

    /**
     * "told Parliament", "devant le Parlement": a country's parliament named by the word alone,
     * which the engine often misses; not a word of a longer name ("Scottish Parliament",
     * "Parliament House", "Parliament of Victoria").
     */
    private static final Pattern PARLIAMENT =
            Pattern.compile("\\b(?:Parliament|Parlement)\\b(?!-| \\p{Lu}| of| de| du| des)");

    /** Whether a capitalised word and a space stand right before {@code begin}: "Scottish ". */
    private static boolean afterACapitalisedWord(String text, int begin) {
        if (begin < 2 || text.charAt(begin - 1) != ' ') {
            return false;
        }
        int start = begin - 1;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start < begin - 1 && Character.isUpperCase(text.charAt(start));
    }

    /** What a parliament named by the word alone is: an organisation, of no line of the lists. */
    private static final KnownNames.Known LEGISLATURE_KNOWN =
            new KnownNames.Known(0, EntityType.ORGANIZATION, false, false);

    private static final KnownNames.Known SOCIAL_NETWORK_KNOWN =
            new KnownNames.Known(0, EntityType.ORGANIZATION, false, false);

    /** What a numbered road is: a place, of no line of the lists. */
    private static final KnownNames.Known NUMBERED_ROAD_KNOWN =
            new KnownNames.Known(0, EntityType.LOCATION, false, false);

    /** Institutions (folded) whose name continues with "of" and a place. */
    private static final Set<String> INSTITUTIONS_OF_A_PLACE =
            Set.of(
                    "bank",
                    "banque",
                    "university",
                    "universite",
                    "church",
                    "eglise",
                    "museum",
                    "musee",
                    "court",
                    "cour",
                    "council",
                    "conseil",
                    "ministry",
                    "ministere",
                    "department",
                    "institute",
                    "institut",
                    "college",
                    "republic",
                    "republique",
                    "kingdom",
                    "royaume",
                    "port",
                    "archdiocese",
                    "diocese",
                    "commission",
                    "samu",
                    // "la [Ville] de [Rennes]": with a capital, the municipality.
                    "ville");

    private ArticleNormaliser() {}

    /**
     * @param text the article text the offsets refer to
     * @param title the headline, used only to weigh salience
     * @param mentions the engine's spans over {@code text}
     */
    public static List<ArticleEntity> normalise(
            String language, String text, String title, List<EngineMention> mentions) {
        String blanked = BoilerplateLines.blank(text);
        boolean matchReport = SportsReport.is(blanked);
        boolean english = "en".equals(language);
        return KnownNames.inArticle(
                matchReport, () -> normalise(text, title, mentions, blanked, matchReport, english));
    }

    private static List<ArticleEntity> normalise(
            String text,
            String title,
            List<EngineMention> mentions,
            String blanked,
            boolean matchReport,
            boolean english) {
        Dateline dateline = Dateline.of(text).orElse(null);
        List<CleanMention> cleaned = new ArrayList<>(mentions.size() + 1);
        for (EngineMention mention : mentions) {
            if (!blanked.substring(mention.begin(), mention.end()).isBlank()) {
                cleaned.addAll(MentionCleaner.clean(text, mention, dateline, english));
            }
        }
        // Boilerplate stays immune even if a span reaches into it.
        cleaned.removeIf(m -> blanked.substring(m.begin(), m.end()).isBlank());
        if (dateline != null
                && text.substring(dateline.placeBegin(), dateline.placeEnd()).indexOf('/') < 0
                && cleaned.stream()
                        .anyMatch(
                                m ->
                                        m.begin() >= dateline.placeBegin()
                                                && m.end() <= dateline.placeEnd()
                                                && (m.begin() > dateline.placeBegin()
                                                        || m.end() < dateline.placeEnd()))) {
            // "LA LOGE DES GARDES", "LE GRAND-BORNAND": the engine cut the dateline's one place
            // or left its article out; the dateline names the place whole.
            cleaned.removeIf(
                    m -> m.begin() >= dateline.placeBegin() && m.end() <= dateline.placeEnd());
        }
        if (dateline != null
                && cleaned.stream()
                        .noneMatch(
                                m ->
                                        m.begin() < dateline.placeEnd()
                                                && m.end() > dateline.placeBegin())) {
            // The engine often misses a place written in capitals; a dateline always has one.
            cleaned.add(
                    new CleanMention(
                            dateline.placeBegin(),
                            dateline.placeEnd(),
                            EntityType.LOCATION,
                            1.0,
                            false,
                            EntityType.LOCATION));
        }
        cleaned.sort(Comparator.comparingInt(CleanMention::begin));
        if (matchReport) {
            SportsReport report = new SportsReport(text, dateline, cleaned);
            cleaned.replaceAll(report::clubOrPlace);
            cleaned.replaceAll(report::nationalTeamOrPlace);
        }
        if (english) {
            cleaned = quotedTitles(blanked, cleaned);
        }
        cleaned = PlacesTakenForPeople.mark(text, cleaned, matchReport);
        // Known names first, so a place the engine missed can still complete the body named
        // after it: "le conseil départemental du [Nord]".
        List<CleanMention> known =
                ministries(
                        blanked,
                        spelledBodies(
                                blanked,
                                FirmsInLists.mark(text, recoverKnownNames(blanked, cleaned))));
        List<CleanMention> joined =
                BodyNames.complete(text, joinCutNames(text, extendNames(text, known)));
        return EntityResolver.resolve(
                text, title, dateline, matchReport, propagate(blanked, joined));
    }

    /**
     * Gives back to a name the words the engine left out: the lower-case rest of an organisation's
     * name before its acronym in parentheses, the model number of a product series ("737 MAX"), the
     * storm word before its name.
     */
    static List<CleanMention> extendNames(String text, List<CleanMention> mentions) {
        List<CleanMention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            CleanMention m = mentions.get(i);
            int nextBegin = i + 1 < mentions.size() ? mentions.get(i + 1).begin() : text.length();
            int lineEnd = text.indexOf('\n', m.end());
            Matcher lowerRest =
                    LOWER_CASE_COMPLEMENT_THEN_ACRONYM
                            .matcher(text)
                            .region(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            if (lowerRest.lookingAt() && lowerRest.end(1) <= nextBegin) {
                boolean body =
                        (m.type() == EntityType.ORGANIZATION
                                        || m.evidence() == EntityType.ORGANIZATION)
                                && LINK_FIRST.matcher(lowerRest.group(1)).find();
                // Any name the acronym spells whole is that body: "[Forces] de soutien rapide
                // (FSR)".
                if (body
                        || spells(
                                text.substring(m.begin(), lowerRest.end(1)), lowerRest.group(2))) {
                    m = spanning(m, m.begin(), lowerRest.end(1), EntityType.ORGANIZATION);
                }
            }
            Matcher spelledRest =
                    SPELLED_LOWER_CASE_COMPLEMENT
                            .matcher(text)
                            .region(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            if (spelledRest.lookingAt()
                    && spelledRest.end(1) <= nextBegin
                    && spells(
                            text.substring(m.begin(), spelledRest.end(1)), spelledRest.group(2))) {
                // "[Société des auteurs], compositeurs et éditeurs de musique (Sacem)", "[Office]
                // central de lutte contre la corruption et les infractions financières et fiscales
                // (OCLCIFF)".
                m = spanning(m, m.begin(), spelledRest.end(1), EntityType.ORGANIZATION);
            }
            Matcher adjectives =
                    BODY_ADJECTIVES_AFTER
                            .matcher(text)
                            .region(m.end(), Math.max(m.end(), nextBegin));
            if (isOneWord(text, m)
                    && ContextEvidence.startsAnOrganisationName(
                            NameLexicon.fold(text.substring(m.begin(), m.end())))
                    && adjectives.lookingAt()) {
                // "[Confédération] paysanne", "[Direction] générale de l'armement": the engine
                // stopped at the capital; the body's name goes on in lower case.
                m = spanning(m, m.begin(), adjectives.end(), EntityType.ORGANIZATION);
            }
            if (m.type() == EntityType.ORGANIZATION || m.evidence() == EntityType.ORGANIZATION) {
                Matcher rest =
                        CAPITALISED_COMPLEMENT_THEN_ACRONYM
                                .matcher(text)
                                .region(m.end(), Math.max(m.end(), nextBegin));
                if (rest.lookingAt()) {
                    if (spells(text.substring(m.begin(), rest.end(1)), rest.group(2))) {
                        // "Intergovernmental Authority [on Development] (IGAD)": the acronym
                        // spells the whole name the engine cut at its link word.
                        m = spanning(m, m.begin(), rest.end(1), EntityType.ORGANIZATION);
                    }
                }
            }
            Matcher domain = WEB_DOMAIN_AFTER.matcher(text).region(m.end(), text.length());
            if (domain.lookingAt() && domain.end() <= Math.max(m.end(), nextBegin)) {
                // "Sekoia.io", "Booking.com": the engine stops at the dot of a company's domain.
                m = spanning(m, m.begin(), domain.end(), EntityType.ORGANIZATION);
            }
            Matcher ordinal =
                    ORDINAL_BEFORE.matcher(text).region(Math.max(0, m.begin() - 6), m.begin());
            if (m.type() == EntityType.ORGANIZATION && ordinal.find()) {
                // "the [5th] U.S. Circuit Court of Appeals".
                m =
                        new CleanMention(
                                ordinal.start(),
                                m.end(),
                                m.type(),
                                m.confidence(),
                                m.afterHonorific(),
                                m.evidence());
            }
            Matcher storm =
                    STORM_WORD_BEFORE.matcher(text).region(Math.max(0, m.begin() - 20), m.begin());
            int previousMentionEnd = result.isEmpty() ? 0 : result.get(result.size() - 1).end();
            if (storm.find() && storm.start() >= previousMentionEnd) {
                // "Hurricane [Delia]": the engine takes the storm's name for a woman's.
                m = spanning(m, storm.start(), m.end(), EntityType.MISC);
            }
            Matcher sport =
                    SPORT_BEFORE_A_COUNTRY
                            .matcher(text)
                            .region(Math.max(0, m.begin() - 12), m.begin())
                            .useTransparentBounds(true);
            if (sport.find() && sport.start() >= previousMentionEnd && isListedCountry(text, m)) {
                // "[Rugby] Australia chief executive Phil Waugh": the sport's national body.
                m = spanning(m, sport.start(), m.end(), EntityType.ORGANIZATION);
            }
            Matcher particle =
                    ARTICLE_PARTICLE_AFTER
                            .matcher(text)
                            .region(m.end(), Math.max(m.end(), nextBegin));
            if (m.type() != EntityType.MISC && particle.lookingAt()) {
                m =
                        new CleanMention(
                                m.begin(),
                                particle.end(),
                                m.type(),
                                m.confidence(),
                                m.afterHonorific(),
                                m.evidence());
            }
            String surface = text.substring(m.begin(), m.end());
            if (surface.length() <= 4 && surface.codePoints().allMatch(Character::isUpperCase)) {
                Matcher number =
                        MODEL_NUMBER_BEFORE
                                .matcher(text)
                                .region(Math.max(0, m.begin() - 6), m.begin());
                int previousEnd = result.isEmpty() ? 0 : result.get(result.size() - 1).end();
                if (number.find() && number.start() >= previousEnd) {
                    m = spanning(m, number.start(), m.end(), EntityType.MISC);
                }
            }
            result.add(m);
        }
        return result;
    }

    /**
     * Where the article writes a name of the shipped list ({@link KnownNames}) that the engine
     * missed, or caught only part of ("Airbus" of "Airbus Helicopters"), it is a mention of that
     * name with the list's type. A span of the engine that reaches beyond the name stays.
     *
     * @param text the article text with its boilerplate blanked, so no mention lands there
     */
    /** "sur le réseau social [X]", "wrote on [X].": the letter alone, after what says network. */
    private static boolean isSocialNetworkX(String text, int x) {
        int end = x + 1;
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetterOrDigit(after)
                    || after == '-'
                    || (after == '.'
                            && end + 1 < text.length()
                            && Character.isLetter(text.charAt(end + 1)))) {
                return false;
            }
        }
        return SOCIAL_NETWORK_BEFORE.matcher(text).region(Math.max(0, x - 20), x).find();
    }

    /**
     * Inside a title in French quotes that its publisher or year follows: "« Hiver à Valparaiso »
     * (Gallimard)" names a book, not the town.
     */
    private static boolean inATitle(String text, int begin, int end) {
        int open = text.lastIndexOf('«', begin);
        int close = text.indexOf('»', end);
        if (open < 0 || close < 0) {
            return false;
        }
        int lineBreak = text.indexOf('\n', open);
        if ((lineBreak >= 0 && lineBreak < close) || text.lastIndexOf('»', begin) > open) {
            return false;
        }
        int after = close + 1;
        while (after < text.length() && Character.isSpaceChar(text.charAt(after))) {
            after++;
        }
        return after < text.length() && text.charAt(after) == '(';
    }

    /** A phrase in double quotes, on one line. */
    private static final Pattern QUOTED_PHRASE = Pattern.compile("[\"“]([^\"“”\\n]{2,80}?)[\"”]");

    /** Lower-case words a title in English capitalises none of: "V [for] Vendetta". */
    private static final Set<String> TITLE_SMALL_WORDS =
            Set.of(
                    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by",
                    "with", "from", "is");

    /** Spanish articles that open a nickname in quotes: "El Tigre", "Los Chapitos". */
    private static final Set<String> NICKNAME_ARTICLES = Set.of("El", "La", "Los", "Las");

    /**
     * English news quotes the titles of works in title case: "The Salt Road", "Blue Hour in
     * Harlem", "A Real Pain,". Whatever the engine found inside such a title ("Harlem", "Salt
     * Road") is the work, one MISC name. Quoted speech is a sentence, mostly in lower case; a
     * quoted nickname opens with a Spanish article ("El Tigre"), a quoted body ends with its head
     * ("Hong Kong Parliament").
     */
    static List<CleanMention> quotedTitles(String text, List<CleanMention> mentions) {
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0) {
            return mentions;
        }
        List<CleanMention> result = new ArrayList<>(mentions);
        Matcher quoted = QUOTED_PHRASE.matcher(text);
        while (quoted.find()) {
            int[] title = MentionCleaner.trim(text, quoted.start(1), quoted.end(1));
            if (title == null || !isTitleCase(text.substring(title[0], title[1]))) {
                continue;
            }
            List<CleanMention> inside = new ArrayList<>();
            boolean crosses = false;
            for (CleanMention m : result) {
                if (m.begin() >= title[0] && m.end() <= title[1]) {
                    inside.add(m);
                } else if (m.begin() < title[1] && m.end() > title[0]) {
                    crosses = true;
                }
            }
            if (inside.isEmpty() || crosses) {
                continue;
            }
            result.removeAll(inside);
            result.add(
                    new CleanMention(
                            title[0], title[1], EntityType.MISC, 1.0, false, EntityType.MISC));
        }
        result.sort(Comparator.comparingInt(CleanMention::begin));
        return result;
    }

    private static boolean isTitleCase(String phrase) {
        String[] words = phrase.split("\\s+");
        if (words.length < 2
                || words.length > 9
                || NICKNAME_ARTICLES.contains(words[0])
                || ContextEvidence.endsAnOrganisationName(NameLexicon.fold(words[words.length - 1]))
                || words[words.length - 1].equals("Parliament")) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String word = words[k].replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (word.isEmpty() || (k > 0 && TITLE_SMALL_WORDS.contains(word))) {
                continue;
            }
            int first = word.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
        }
        return true;
    }

    static List<CleanMention> recoverKnownNames(String text, List<CleanMention> mentions) {
        List<KnownNames.Found> found = new ArrayList<>(KnownNames.SHIPPED.find(text));
        if (text.contains("Interstate")
                || text.contains("Highway")
                || text.contains("Route")
                || text.contains("Motorway")
                || text.contains("I-")) {
            // Most articles name no road: the pattern is not run over them.
            Matcher road = NUMBERED_ROAD.matcher(text);
            while (road.find()) {
                found.add(new KnownNames.Found(road.start(), road.end(), NUMBERED_ROAD_KNOWN));
            }
        }
        for (int x = text.indexOf('X'); x >= 0; x = text.indexOf('X', x + 1)) {
            if (isSocialNetworkX(text, x)) {
                found.add(new KnownNames.Found(x, x + 1, SOCIAL_NETWORK_KNOWN));
            }
        }
        for (Matcher parliament = PARLIAMENT.matcher(text); parliament.find(); ) {
            if (!afterACapitalisedWord(text, parliament.start())) {
                found.add(
                        new KnownNames.Found(
                                parliament.start(), parliament.end(), LEGISLATURE_KNOWN));
            }
        }
        found.removeIf(name -> name.known().town() && inATitle(text, name.begin(), name.end()));
        found.sort(Comparator.comparingInt(KnownNames.Found::begin));
        if (found.isEmpty()) {
            return mentions;
        }
        List<CleanMention> result = new ArrayList<>(mentions);
        for (KnownNames.Found name : found) {
            List<CleanMention> overlapping = new ArrayList<>();
            boolean inside = true;
            for (CleanMention m : result) {
                if (m.begin() < name.end() && m.end() > name.begin()) {
                    overlapping.add(m);
                    inside &= m.begin() >= name.begin() && m.end() <= name.end();
                }
            }
            if (!inside
                    || (overlapping.size() == 1
                            && overlapping.get(0).begin() == name.begin()
                            && overlapping.get(0).end() == name.end())) {
                continue;
            }
            result.removeAll(overlapping);
            int end = name.end();
            if (end < text.length()
                    && text.charAt(end) == '+'
                    && (end + 1 == text.length()
                            || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                // "Paramount+": the streaming service the article names, not only the studio.
                end++;
            }
            result.add(new CleanMention(name.begin(), end, name.known().type(), 1.0, false, null));
        }
        result.sort(Comparator.comparingInt(CleanMention::begin));
        return result;
    }

    /**
     * One name, one reading per article: where the article writes a name the engine found
     * elsewhere, it is a mention too — the engine missed it there, or caught only part of it
     * ("England" inside a second "Bank of England").
     *
     * @param text the article text with its boilerplate blanked, so no mention lands there
     */
    static List<CleanMention> propagate(String text, List<CleanMention> mentions) {
        Map<String, CleanMention> bySurface = new LinkedHashMap<>();
        for (CleanMention mention : mentions) {
            String surface = text.substring(mention.begin(), mention.end());
            if (surface.codePoints().filter(Character::isLetter).count() >= 2) {
                bySurface.merge(
                        surface, mention, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        List<CleanMention> result = new ArrayList<>(mentions);
        // Longest names first, so "Bank of England" claims its place before "England" does.
        List<String> surfaces = new ArrayList<>(bySurface.keySet());
        surfaces.sort(Comparator.comparingInt(String::length).reversed());
        for (String surface : surfaces) {
            CleanMention model = bySurface.get(surface);
            int from = 0;
            int at;
            while ((at = text.indexOf(surface, from)) >= 0) {
                from = at + 1;
                int end = at + surface.length();
                if (!wordBoundary(text, at, end)
                        // "Parliament[ House]": the name is another's part.
                        || MentionCleaner.continuesAsAName(text, end)
                        || MentionCleaner.sealsOfTheJusticeMinister(text, at, end)) {
                    continue;
                }
                List<CleanMention> overlapping = new ArrayList<>();
                boolean inside = true;
                for (CleanMention m : result) {
                    if (m.begin() < end && m.end() > at) {
                        overlapping.add(m);
                        inside &= m.begin() >= at && m.end() <= end;
                    }
                }
                if (overlapping.size() == 1
                        && overlapping.get(0).begin() == at
                        && overlapping.get(0).end() == end) {
                    continue;
                }
                if (inside) {
                    result.removeAll(overlapping);
                    result.add(
                            new CleanMention(
                                    at,
                                    end,
                                    model.type(),
                                    model.confidence(),
                                    false,
                                    model.evidence()));
                }
            }
        }
        result.sort(Comparator.comparingInt(CleanMention::begin));
        return result;
    }

    private static boolean wordBoundary(String text, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * Joins neighbouring spans that are one name the engine cut in two: pieces whose initials an
     * acronym of the article spells ("Paris" "Saint-Germain" and "PSG"), or an institution "of" a
     * place ("Bank" "of England").
     */
    static List<CleanMention> joinCutNames(String text, List<CleanMention> mentions) {
        Map<String, EntityType> acronyms = new HashMap<>();
        for (CleanMention mention : mentions) {
            String surface = text.substring(mention.begin(), mention.end());
            if (surface.length() >= 2
                    && surface.length() <= 8
                    && surface.codePoints().allMatch(Character::isUpperCase)) {
                acronyms.putIfAbsent(EntityResolver.key(surface), mention.type());
            }
        }
        List<CleanMention> joined = new ArrayList<>(mentions.size());
        int i = 0;
        while (i < mentions.size()) {
            CleanMention first = mentions.get(i);
            int last = i;
            EntityType type = null;
            for (int j = i + 1; j < mentions.size() && j <= i + 4; j++) {
                int gapBegin = mentions.get(j - 1).end();
                int gapEnd = mentions.get(j).begin();
                if (gapEnd < gapBegin
                        || !NAME_GAP.matcher(text.substring(gapBegin, gapEnd)).matches()) {
                    break;
                }
                String key =
                        EntityResolver.key(text.substring(first.begin(), mentions.get(j).end()));
                EntityType acronymType = acronyms.get(EntityResolver.initials(key.split(" ")));
                if (acronymType != null) {
                    last = j;
                    type = acronymType;
                }
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && mentions.get(i + 1).begin() == first.end() + 1
                    && text.charAt(first.end()) == ' ') {
                KnownNames.Known listed =
                        KnownNames.SHIPPED.lookup(
                                EntityResolver.key(
                                        text.substring(first.begin(), mentions.get(i + 1).end())));
                if (listed != null) {
                    // "le [Centre] [Pompidou]": two spans that together write a listed name.
                    last = i + 1;
                    type = listed.type();
                }
            }
            if (last == i && i + 1 < mentions.size()) {
                CleanMention next = mentions.get(i + 1);
                String head = EntityResolver.key(text.substring(first.begin(), first.end()));
                String headWord = head.substring(head.lastIndexOf(' ') + 1);
                if ((INSTITUTIONS_OF_A_PLACE.contains(head)
                                || (first.type() == EntityType.ORGANIZATION
                                        && INSTITUTIONS_OF_A_PLACE.contains(headWord))
                                || goesOnInLowerCase(text, first))
                        && next.type() == EntityType.LOCATION
                        && next.begin() >= first.end()
                        && OF_GAP.matcher(text.substring(first.end(), next.begin())).matches()) {
                    // "Bank of England", "[Electoral Commission] of [South Africa]";
                    // "[Conseil interprofessionnel du vin] de [Bordeaux]":
                    // a French body whose name goes on in lower case ends with its place.
                    last = i + 1;
                    type = EntityType.ORGANIZATION;
                }
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && isCountryBeforeItsBody(text, first, mentions.get(i + 1))) {
                // "[Ghana] [Cocoa Board]", "[Kenya] [Revenue Authority]": a country's body named
                // after it, whatever the engine made of the rest.
                last = i + 1;
                type = EntityType.ORGANIZATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && mentions.get(i + 1).type() == EntityType.ORGANIZATION
                    && mentions.get(i + 1).begin() >= first.end()
                    && (COUNTRY_PREFIXES.contains(text.substring(first.begin(), first.end()))
                                    && mentions.get(i + 1).begin() == first.end() + 1
                                    && text.charAt(first.end()) == ' '
                            || isNationalityBeforeABody(text, first, mentions.get(i + 1)))) {
                // "[U.S.] [Justice Department]", "[Canadian] [Red Cross]", "[Australian] Food and
                // [Grocery Council]": the country or nationality opens the body's name.
                last = i + 1;
                type = EntityType.ORGANIZATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && (bodyGoesOn(text, first, mentions.get(i + 1), HEAD_BEFORE_FOR, FOR_GAP)
                            || (mentions.get(i + 1).type() == EntityType.LOCATION
                                    && bodyGoesOn(
                                            text,
                                            first,
                                            mentions.get(i + 1),
                                            MISSION_BEFORE_IN,
                                            IN_GAP)))) {
                // "[U.S. Court of Appeals] for the [Federal Circuit]": a court and its
                // jurisdiction; "[U.N. Office] for the [Coordination of Humanitarian Affairs]";
                // "[U.S. Embassy] in [Havana]".
                last = i + 1;
                type = EntityType.ORGANIZATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && isListedFirm(text, first)
                    && mentions.get(i + 1).type() == EntityType.ORGANIZATION
                    && mentions.get(i + 1).begin() == first.end() + 1
                    && text.charAt(first.end()) == ' ') {
                // "[Amazon] [MGM Studios]", "[Google] [DeepMind]": a listed company, then the name
                // of its unit right after it, make the unit's full name.
                last = i + 1;
                type = EntityType.ORGANIZATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && mentions.get(i + 1).begin() == first.end() + 1
                    && text.charAt(first.end()) == ' '
                    && VENUE_LAST_WORDS.contains(
                            text.substring(
                                    mentions.get(i + 1).begin(), mentions.get(i + 1).end()))) {
                // "[Sud de France] [Arena]": a venue named after its sponsor or region.
                last = i + 1;
                type = EntityType.LOCATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && first.type() == EntityType.LOCATION
                    && overGap(text, first, mentions.get(i + 1), ITALIAN_PLACE_PARTICLE_GAP)) {
                // "[San Fermo] della [Battaglia]", "[Reggio] di [Calabria]": an Italian place
                // named with a particle, which the engine cuts.
                last = i + 1;
                type = EntityType.LOCATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && first.type() == EntityType.ORGANIZATION
                    && mentions.get(i + 1).type() == EntityType.LOCATION
                    && mentions.get(i + 1).begin() == first.end() + 1
                    && text.charAt(first.end()) == ' '
                    && !MentionCleaner.continuesAsAName(text, mentions.get(i + 1).end())
                    && isListedPlace(text, mentions.get(i + 1))
                    && ContextEvidence.endsAnOrganisationName(
                            NameLexicon.fold(lastWord(text, first)))) {
                // "[Arts Council] [England]": a body of a country named with the country after it.
                last = i + 1;
                type = EntityType.ORGANIZATION;
            }
            if (last == i
                    && i + 1 < mentions.size()
                    && first.type() == EntityType.PERSON
                    && mentions.get(i + 1).type() == EntityType.PERSON
                    && overGap(text, first, mentions.get(i + 1), NAME_PARTICLE_GAP)) {
                last = i + 1;
                type = EntityType.PERSON;
            }
            boolean placeTakenForABody =
                    first.type() != EntityType.LOCATION && isListedPlace(text, first);
            if (last == i
                    && ((first.type() == EntityType.LOCATION
                                    && first.evidence() != EntityType.ORGANIZATION)
                            || placeTakenForABody)) {
                // "le conseil de [Grenoble-Alpes Métropole]" names the body by its own name.
                // "le tribunal militaire de [Yaoundé]": the engine may take the place for the body
                // or even a person; a listed place is then the end of the body's name all the same.
                int lineStart = text.lastIndexOf('\n', first.begin() - 1) + 1;
                Matcher body =
                        FRENCH_BODY_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 60), first.begin());
                Matcher apposed =
                        FRENCH_BODY_APPOSED_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 40), first.begin());
                Matcher capitalised =
                        CAPITALISED_BODY_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 90), first.begin());
                int bodyBegin =
                        body.find()
                                ? body.start()
                                : apposed.find()
                                        ? apposed.start()
                                        : capitalised.find() ? capitalised.start() : -1;
                if (bodyBegin >= 0) {
                    // The head the engine found alone is part of the body's name.
                    int begin = bodyBegin;
                    int end = first.end();
                    if (i + 1 < mentions.size()
                            && mentions.get(i + 1).type() == EntityType.LOCATION
                            && mentions.get(i + 1).begin() >= end
                            && SECOND_PLACE_GAP
                                    .matcher(text.substring(end, mentions.get(i + 1).begin()))
                                    .matches()) {
                        // "la préfecture maritime de la [Manche] et de la [mer du Nord]": a
                        // French body of two places.
                        i++;
                        end = mentions.get(i).end();
                    }
                    joined.removeIf(m -> m.begin() >= begin);
                    joined.add(spanning(first, bodyBegin, end, EntityType.ORGANIZATION));
                    i++;
                    continue;
                }
                Matcher street =
                        FRENCH_STREET_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 30), first.begin());
                if (!placeTakenForABody && street.find()) {
                    joined.add(spanning(first, street.start(), first.end(), EntityType.LOCATION));
                    i++;
                    continue;
                }
            }
            if (last == i && first.type() == EntityType.ORGANIZATION) {
                Matcher list = SUBJECTS_LIST_AFTER.matcher(text).region(first.end(), text.length());
                if (SUBJECTS_HEAD.matcher(text.substring(first.begin(), first.end())).matches()
                        && list.lookingAt()) {
                    // "[Department for Science], [Innovation] and Technology": a department of
                    // several subjects, which the engine cuts at the first comma.
                    int end = list.end();
                    while (last + 1 < mentions.size() && mentions.get(last + 1).begin() < end) {
                        last++;
                    }
                    joined.add(spanning(first, first.begin(), end, EntityType.ORGANIZATION));
                    i = last + 1;
                    continue;
                }
            }
            if (last == i && first.type() == EntityType.PERSON) {
                // "la salle [Gaston-Médecin]", "le stade [Pierre-Mauroy]", "la rue [Jean-Jaurès]":
                // a street or venue named after someone, its head right before the name.
                int lineStart = text.lastIndexOf('\n', first.begin() - 1) + 1;
                Matcher named =
                        NAMED_AFTER_SOMEONE_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 12), first.begin());
                if (named.find()) {
                    joined.add(spanning(first, named.start(), first.end(), EntityType.LOCATION));
                    i++;
                    continue;
                }
                Matcher body =
                        BODY_NAMED_AFTER_SOMEONE_BEFORE
                                .matcher(text)
                                .region(Math.max(lineStart, first.begin() - 30), first.begin());
                if (body.find() && text.substring(first.begin(), first.end()).contains("-")) {
                    // Named after someone, French joins the name's words: "[Léon-Bérard]"; "le
                    // centre Tom Pradier" is a rugby player's position.
                    joined.add(spanning(first, body.start(), first.end(), EntityType.ORGANIZATION));
                    i++;
                    continue;
                }
            }
            if (last == i) {
                joined.add(first);
            } else {
                double confidence = 0;
                for (int k = i; k <= last; k++) {
                    confidence = Math.max(confidence, mentions.get(k).confidence());
                }
                joined.add(
                        new CleanMention(
                                first.begin(),
                                mentions.get(last).end(),
                                type,
                                confidence,
                                false,
                                type));
            }
            i = last + 1;
        }
        return joined;
    }
}
