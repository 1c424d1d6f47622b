package io.newsgraph.nlp.normalise;

import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names the engine cut or overran: a long name halved at its "and" ("[International
 * Association of Machinists] and [Aerospace Workers]"), a name stopped before its "on" or "for"
 * complement ("[American Council] on Education"), before its "&" ("[Faber] & [Faber]") or after its
 * nationality ("the Canadian [Red Cross]"), a cue noun taken into the name ("the [Libre
 * alliance]"), and two known names read as one ("[SpaceX Falcon Heavy]", French "l'usine
 * [Stellantis de Trémery]").
 */
final class BodyNames {

    /** Last words (folded) of a body's name beyond those that type a name on their own. */
    private static final Set<String> MORE_LAST_WORDS = Set.of("workers", "union", "unions");

    /** "on Education", "for Refugees": a body's complement, one to three capitalised words. */
    private static final Pattern COMPLEMENT =
            Pattern.compile(" (?:on|for) ((?:\\p{Lu}[\\p{L}'-]*)(?: \\p{Lu}[\\p{L}'-]*){0,2})\\b");

    /**
     * Months that are not among the common words because they are also names; with the days and the
     * other months, they say when, not what: "the Council on Tuesday", "… on March 3".
     */
    private static final Set<String> MONTHS_ALSO_NAMES =
            Set.of("march", "april", "may", "june", "july", "august");

    /** Lower-case nouns that say what a name is, written after it: "the Libre alliance". */
    private static final Pattern CUE_NOUN_AT_END =
            Pattern.compile(" (?:alliance|coalition|consortium|bloc|group|party|movement)$");

    /** "Stellantis de Trémery": a name, then "de" and a capitalised place name. */
    private static final Pattern SITE_OF_A_FIRM =
            Pattern.compile(
                    "(.+?) (de la |de l['’]|du |des |de |d['’])(\\p{Lu}[\\p{L}'’-]*(?:["
                            + " -]\\p{Lu}[\\p{L}'’-]*)*)");

    /** "Faber & Faber", "Hoskin & Harcourt": capitalised words joined by "&" are a firm's name. */
    private static final Pattern AMPERSAND_NAME_AFTER =
            Pattern.compile("(?: & \\p{Lu}[\\p{L}'’.-]*)+");

    /**
     * English nationality adjectives, which English news writes as the first word of a body's name
     * ("Canadian Red Cross", "Sudanese Armed Forces", "Italian Tennis and Padel Federation") and of
     * a competition's ("Japanese Grand Prix").
     */
    private static final String DEMONYMS =
            "American|Australian|Austrian|Belgian|Brazilian|British"
                    + "|Canadian|Chinese|Danish|Dutch|Egyptian|European|Finnish|French"
                    + "|German|Greek|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian"
                    + "|Japanese|Kenyan|South Korean|Korean|Lebanese|Mexican|Nigerian|Norwegian"
                    + "|Pakistani|Hungarian|Azerbaijani|Bahraini|Qatari|Singaporean|Malaysian"
                    + "|Emirati|Argentine|Chilean|Colombian|Czech|Croatian|Romanian|Moroccan"
                    + "|Algerian|Tunisian|Thai|Vietnamese|Philippine"
                    + "|Palestinian|Polish|Portuguese|Russian|Saudi|Scottish|South African"
                    + "|Spanish|Sudanese|Swedish|Swiss|Syrian|Turkish|Ukrainian|Welsh";

    private static final Pattern DEMONYM_BEFORE = Pattern.compile("\\b(?:" + DEMONYMS + ") $");

    private static final Pattern DEMONYM = Pattern.compile("(?i)" + DEMONYMS);

    /** "[World] [Snooker Championship]", "[Belgian] [Grand Prix]": where a competition is held. */
    private static final Pattern COMPETITION_PREFIX_BEFORE =
            Pattern.compile("\\b(?:World|" + DEMONYMS + ") $");

    private BodyNames() {}

    /** Whether a word is an English nationality adjective ("Italian", "italian"). */
    static boolean isNationality(String word) {
        return DEMONYM.matcher(word).matches();
    }

    /**
     * @param text the article text
     * @param mentions cleaned mentions in text order
     * @return the mentions with the organisation names completed, trimmed or split
     */
    static List<CleanMention> complete(String text, List<CleanMention> mentions) {
        List<CleanMention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            CleanMention m = mentions.get(i);
            int lineEnd = text.indexOf('\n', m.end());
            Matcher ampersand =
                    AMPERSAND_NAME_AFTER
                            .matcher(text)
                            .region(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            if (ampersand.lookingAt()) {
                int end = ampersand.end();
                while (i + 1 < mentions.size() && mentions.get(i + 1).begin() < end) {
                    // The firm's second half, if the engine found it.
                    end = Math.max(end, mentions.get(++i).end());
                }
                m =
                        new CleanMention(
                                m.begin(),
                                end,
                                EntityType.ORGANIZATION,
                                m.confidence(),
                                false,
                                EntityType.ORGANIZATION);
            }
            CleanMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (isBody(m) && next != null && halves(text, m, next)) {
                result.add(
                        new CleanMention(
                                m.begin(),
                                next.end(),
                                EntityType.ORGANIZATION,
                                Math.max(m.confidence(), next.confidence()),
                                false,
                                EntityType.ORGANIZATION));
                i++;
                continue;
            }
            if (isBody(m)) {
                m = withComplement(text, m, next == null ? text.length() : next.begin());
                m = withoutCueNoun(text, m);
                m = withDemonym(text, m, result, DEMONYM_BEFORE);
            } else if ((m.type() == EntityType.MISC || m.evidence() == EntityType.MISC)
                    && ContextEvidence.endsACompetition(lastWord(text, m))) {
                m = withDemonym(text, m, result, COMPETITION_PREFIX_BEFORE);
            }
            result.addAll(knownPair(text, m));
        }
        return result;
    }

    private static boolean isBody(CleanMention m) {
        return m.type() == EntityType.ORGANIZATION || m.evidence() == EntityType.ORGANIZATION;
    }

    private static String lastWord(String text, CleanMention m) {
        String surface = text.substring(m.begin(), m.end());
        return NameLexicon.fold(surface.substring(surface.lastIndexOf(' ') + 1));
    }

    private static boolean endsABody(String folded) {
        return ContextEvidence.endsAnOrganisationName(folded) || MORE_LAST_WORDS.contains(folded);
    }

    /** "[International Association of Machinists] and [Aerospace Workers]": one body's halves. */
    private static boolean halves(String text, CleanMention first, CleanMention second) {
        if (second.begin() < first.end()
                || !text.substring(first.end(), second.begin()).equals(" and ")
                || second.type() == EntityType.PERSON) {
            return false;
        }
        String firstSurface = text.substring(first.begin(), first.end());
        return firstSurface.contains(" of ")
                && !endsABody(lastWord(text, first))
                && endsABody(lastWord(text, second));
    }

    /** "[American Council] on Education": the body's name goes on with its complement. */
    private static CleanMention withComplement(String text, CleanMention m, int limit) {
        if (!endsABody(lastWord(text, m))) {
            return m;
        }
        Matcher complement = COMPLEMENT.matcher(text).region(m.end(), Math.max(m.end(), limit));
        if (!complement.lookingAt()) {
            return m;
        }
        String words = complement.group(1);
        String firstWord = NameLexicon.fold(words.split(" ")[0]);
        KnownNames.Known known = KnownNames.SHIPPED.lookup(EntityResolver.key(words));
        if (NameLexicon.COMMON_WORDS.contains(firstWord)
                || MONTHS_ALSO_NAMES.contains(firstWord)
                || (known != null && known.type() == EntityType.LOCATION)
                || ContextEvidence.sentenceStart(text, complement.start(1))) {
            // "the Council on Tuesday", "the Commission on Iran": when and about what, not who.
            return m;
        }
        return new CleanMention(
                m.begin(),
                complement.end(),
                EntityType.ORGANIZATION,
                m.confidence(),
                false,
                EntityType.ORGANIZATION);
    }

    /**
     * "the Canadian [Red Cross]", "the [Japanese] [Grand Prix]": the nationality begins the name; a
     * MISC mention the engine made of it alone is dropped from {@code before}.
     */
    private static CleanMention withDemonym(
            String text, CleanMention m, List<CleanMention> before, Pattern demonymBefore) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.begin() - 1)) + 1;
        Matcher demonym =
                demonymBefore.matcher(text).region(Math.max(lineStart, m.begin() - 16), m.begin());
        if (!demonym.find()
                || (demonym.start() >= 2
                        && Character.isUpperCase(
                                text.charAt(previousWordStart(text, demonym.start())))
                        && !ContextEvidence.sentenceStart(
                                text, previousWordStart(text, demonym.start())))) {
            // "New Mexican ...": the nationality is inside another name.
            return m;
        }
        CleanMention previous = before.isEmpty() ? null : before.get(before.size() - 1);
        if (previous != null && previous.end() > demonym.start()) {
            if (previous.begin() != demonym.start() || previous.type() != EntityType.MISC) {
                return m;
            }
            before.remove(before.size() - 1);
        }
        return new CleanMention(
                demonym.start(),
                m.end(),
                m.type(),
                m.confidence(),
                m.afterHonorific(),
                m.evidence());
    }

    /** Where the word before {@code begin} starts (or {@code begin} when there is none). */
    private static int previousWordStart(String text, int begin) {
        int i = begin;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < end ? i : begin;
    }

    /** "the [Libre alliance]": the cue noun says what the name is and is no part of it. */
    private static CleanMention withoutCueNoun(String text, CleanMention m) {
        Matcher cue = CUE_NOUN_AT_END.matcher(text.substring(m.begin(), m.end()));
        if (!cue.find() || cue.start() == 0) {
            return m;
        }
        return new CleanMention(
                m.begin(),
                m.begin() + cue.start(),
                m.type(),
                m.confidence(),
                m.afterHonorific(),
                EntityType.ORGANIZATION);
    }

    /** "[SpaceX Falcon Heavy]": a known organisation, then a known product. */
    private static List<CleanMention> knownPair(String text, CleanMention m) {
        String surface = text.substring(m.begin(), m.end());
        if (KnownNames.SHIPPED.lookup(EntityResolver.key(surface)) != null) {
            return List.of(m);
        }
        for (int space = surface.indexOf(' '); space > 0; space = surface.indexOf(' ', space + 1)) {
            KnownNames.Known head =
                    KnownNames.SHIPPED.lookup(EntityResolver.key(surface.substring(0, space)));
            KnownNames.Known tail =
                    KnownNames.SHIPPED.lookup(EntityResolver.key(surface.substring(space + 1)));
            if (head != null
                    && head.type() == EntityType.ORGANIZATION
                    && tail != null
                    && tail.type() == EntityType.MISC) {
                // Only a product: "Woolworths New Zealand" is the firm's own name.
                int split = m.begin() + space;
                return List.of(
                        new CleanMention(m.begin(), split, head.type(), 1.0, false, head.type()),
                        new CleanMention(split + 1, m.end(), tail.type(), 1.0, false, tail.type()));
            }
        }
        Matcher site = SITE_OF_A_FIRM.matcher(surface);
        if (site.matches() && !site.group(1).contains(" ")) {
            // A firm of one word; "Police nationale d'Haïti" is the body of that country.
            KnownNames.Known firm = KnownNames.SHIPPED.lookup(EntityResolver.key(site.group(1)));
            KnownNames.Known place = KnownNames.SHIPPED.lookup(EntityResolver.key(site.group(3)));
            boolean plainDe = site.group(2).equals("de ") || site.group(2).length() == 2;
            if (firm != null
                    && firm.type() == EntityType.ORGANIZATION
                    && ((plainDe
                                    && !KnownNames.SHIPPED.ambiguous(
                                            EntityResolver.key(site.group(1))))
                            || (place != null && place.type() == EntityType.LOCATION))) {
                // "l'usine [Stellantis de Trémery]": the firm, then the town of its site; "la
                // députée [RN du Var]": the party, then its listed département ("le [Carrefour de
                // l'Arbre]" is a place of Paris-Roubaix).
                return List.of(
                        new CleanMention(
                                m.begin(),
                                m.begin() + site.end(1),
                                EntityType.ORGANIZATION,
                                1.0,
                                false,
                                EntityType.ORGANIZATION),
                        new CleanMention(
                                m.begin() + site.start(3),
                                m.end(),
                                EntityType.LOCATION,
                                m.confidence(),
                                false,
                                null));
            }
        }
        return List.of(m);
    }
}
