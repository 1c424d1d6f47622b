package io.newsgraph.nlp.normalise;

import io.newsgraph.nlp.engine.EngineMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims an engine span to the name it contains: no punctuation, kicker, article, honorific or title
 * around it, and "MM. Rubio et Witkoff" becomes two names. Offsets stay those of the article text,
 * so every cleaned span is an exact substring of it.
 */
final class MentionCleaner {

    /** Pipes and bullets separate a kicker ("À VOIR AUSSI |") from the headline that follows. */
    /** " du Var", " de la Somme", " des Hauts-de-Seine": a body's place after its name. */
    private static final Pattern OF_A_PLACE =
            Pattern.compile(" (?:du|de la|de l['’]|des|de|d['’]) ?(\\p{Lu}[\\p{L}'’-]*)");

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·»]\\s*");

    /**
     * "le ministre français des [Affaires étrangères]", "ministre de l'[Économie]": the span is the
     * portfolio of a title, whatever type the engine gave it.
     */
    private static final Pattern ROLE_CONTEXT =
            Pattern.compile(
                    "(?U)\\b(?iu:ministres?|minist[eè]re|secr[eé]taires?|minister|ministry|secretary"
                        + "|commissaires?)"
                            // Only lower-case words between: "ministre de la Défense de
                            // l'[Ukraine]"
                            // names a country after the portfolio; "secrétaire d'État chargé
                            // de la [Mer]" is a title too.
                            + "\\b(?:(?:[\\p{Ll}\\s'’-]|État){0,40}?\\b(?iu:des|de la|de"
                            + " l['’]|du|de|of|for)"
                            // "ministre délégué à l'[Industrie]", "commissaire européen à
                            // l'[Énergie]": an adjective or two, then "à".
                            + "|(?: [\\p{Ll}-]+){0,2} (?:à la |à l['’]|au |aux ))\\s*"
                            // A second portfolio: "ministre de l'Industrie et de l'[Énergie]";
                            // French repeats the "de" ("le ministère de l'Agriculture et
                            // [Bercy]" are two).
                            + "(?:\\p{Lu}[\\p{L}'’-]*(?: \\p{Ll}+)?\\s*(?:et\\s+(?iu:des|de"
                            + " la|de l['’]|du|de)|and\\s+(?iu:of|for)?)\\s*)?$");

    /** A court, prosecutor's office or council written in lower case: "le tribunal de Nanterre". */
    private static final Pattern LOWER_CASE_INSTITUTION =
            Pattern.compile(
                    "(?:(?:Le|La|L'|L’|le|la|l'|l’) ?)?(?:tribunal|cour|parquet|conseil|préfecture)"
                            + " \\p{L}");

    /** Adjectives (folded) that open names, not descriptors: "Grand Théâtre Lumière". */
    private static final Set<String> NAME_ADJECTIVES =
            Set.of(
                    "grand",
                    "grande",
                    "petit",
                    "petite",
                    "saint",
                    "sainte",
                    "nouveau",
                    "nouvelle",
                    "vieux",
                    "haut",
                    "haute",
                    "bas",
                    "basse",
                    "new",
                    "great",
                    "old");

    /** Prepositions capitalised only because they open a sentence or a schedule line. */
    private static final Set<String> SENTENCE_OPENING_LINKS =
            Set.of("At", "In", "On", "For", "To", "From", "With", "Au", "Aux", "En", "Pour", "Sur");

    /** Endings of French adjectives, which a body's name may go on with: "Hospices civils". */
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile(
                    "(?:al|ale|ales|aux|ique|iques|ais|aise|aises|enne|ennes|ien|iens|nel|nelle|ère"
                        + "|ier|aire|aires|anne|ive|if|iste|istes|ée|é|eux|euse|ois|oise|ain|aine"
                        + "|il|ils|ile|iles|eur|eure|ole|oles|ême|in|ine)$");

    /** Articles that, inside a span, show a sentence going on: "observe [une] circulation". */
    private static final Set<String> SENTENCE_ARTICLES =
            Set.of("un", "une", "le", "la", "les", "des", "a", "an", "the");

    /** Capitalised roles written between a body or place and its holder's name: "Fed Chair". */
    private static final Set<String> ROLE_HEADS =
            Set.of(
                    "Chair",
                    "Chairman",
                    "Chairwoman",
                    "CEO",
                    "President",
                    "Governor",
                    "Gov.",
                    "Mayor",
                    "Minister",
                    "Secretary",
                    "Executive",
                    "Director",
                    "Spokesman",
                    "Spokeswoman",
                    "Spokesperson",
                    "Commissioner",
                    "Chancellor",
                    "Premier",
                    "Leader",
                    "Coach",
                    "Sen.",
                    "Rep.",
                    "Senator",
                    "Treasurer",
                    "Ambassador",
                    "Envoy",
                    "Judge",
                    "Justice",
                    "Sheriff",
                    "Superintendent",
                    "Founder",
                    "Co-founder",
                    "Economist",
                    "Analyst",
                    "Striker",
                    "Manager",
                    "Captain");

    /** Words that may come before a role head: "Foreign Minister", "Chief Executive". */
    private static final Set<String> ROLE_MODIFIERS =
            Set.of(
                    "Prime",
                    "Foreign",
                    "Finance",
                    "Defence",
                    "Defense",
                    "Interior",
                    "Health",
                    "Trade",
                    "General",
                    "Deputy",
                    "Vice",
                    "Chief",
                    "Senior",
                    "Managing",
                    "Attorney");

    /** Letters after a person's name (honours, silk, seat): "Thomas Pilgrim [KC]". */
    private static final Set<String> POST_NOMINALS =
            Set.of(
                    "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "MPP", "MS", "TD", "OBE", "CBE",
                    "MBE", "KBE", "DBE", "PhD");

    /** Capitalised roles the engine glues to the end of a company: "General Motors Chief". */
    private static final Set<String> TRAILING_ROLES =
            Set.of(
                    "Chief",
                    "CEO",
                    "Chairman",
                    "Chairwoman",
                    "Spokesman",
                    "Spokeswoman",
                    "Spokesperson");

    /**
     * Lower-case words the engine glues to the end of a name, which no name ends with (and the
     * French days, {@link NameLexicon#FRENCH_DAYS}): English common nouns after a place or an index
     * ("the Cerrado [savanna]", "the Humboldt Park [neighborhood]", "the FTSE 250 [midcap]",
     * "Kumamoto [prefecture]") and French days ("Monaco recevra Cholet [dimanche]").
     */
    private static final Set<String> TRAILING_COMMON_NOUNS =
            Set.of(
                    "rainforest",
                    "savanna",
                    "savannah",
                    "neighborhood",
                    "neighbourhood",
                    "midcap",
                    "index",
                    "prefecture",
                    "province",
                    "region",
                    "district",
                    "governorate",
                    "oblast",
                    // "le Stade rochelais [samedi prochain]": a day and its qualifier.
                    "prochain",
                    "dernier",
                    "soir",
                    "matin");

    /**
     * A plain lower-case English word: no name of an English article ends with one ("al-Burhan",
     * "weSizwe", "d'Italia" are not plain).
     */
    private static final Pattern ENGLISH_LOWER_CASE_WORD = Pattern.compile("[a-z]+[,.;:]?");

    /** "garde des [Sceaux]" just before a span: the French justice minister's title. */
    private static final String SEALS_OF_A_MINISTER = "garde des ";

    /** The elided article a French word may carry: "l'", "L’", "d'". */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("^[LlDd]['’]");

    /** A French ministry, a body whose name typography writes in lower case. */
    private static final Pattern MINISTRY = Pattern.compile("(?iu)minist[eè]re\\b");

    /** A time of day by its time zone: "1030 GMT", "GMT", "14h00 UTC". */
    private static final Pattern CLOCK_TIME =
            Pattern.compile("(?:\\d{1,2}[h:.]?\\d{2} )?(?:GMT|UTC)");

    /** The rest of a score written in words after its first number: "31[ à 17]". */
    private static final Pattern SCORE_REST = Pattern.compile(" (?:à|to) \\d{1,3}\\b");

    /** A score or range glued to a name by the engine: "Inter Milan [3-1]". */
    private static final Pattern SCORE = Pattern.compile("\\d+(?:[-–:/]\\d+)+[,.;]?");

    /** Words that relate two names and are never inside one: "Ligue 1 [contre] Nantes". */
    private static final Set<String> RELATIONS =
            Set.of(
                    "contre",
                    "avec",
                    "versus",
                    "vs",
                    "vs.",
                    "against",
                    "with",
                    "beat",
                    "beats",
                    "jusqu'au",
                    "jusqu’au",
                    "jusqu'à",
                    "jusqu’à",
                    "jusqu'aux",
                    "jusqu’aux");

    /** Words that open a new sentence and never go on a name after a period: "sous X. [Un]". */
    private static final Set<String> SENTENCE_OPENING_WORDS =
            Set.of(
                    "Un", "Une", "Il", "Elle", "Ils", "Elles", "On", "Ce", "Cette", "Ces", "The",
                    "A", "An", "He", "She", "It", "They", "We", "This");

    /** "Ferdinand Marcos[ Jr.]": the suffix the engine left out belongs to the name. */
    private static final Pattern GENERATIONAL_SUFFIX =
            Pattern.compile(",? (?:Jr\\.|Sr\\.|Jr\\b|Sr\\b|II\\b|III\\b|IV\\b)");

    /**
     * "Hamas-led", "California-based", "Canadian-listed", "a Belfast-set film": a name turned into
     * an adjective.
     */
    private static final Pattern COMPOUND_ADJECTIVE =
            Pattern.compile(
                    "(.*\\p{L})-(led|based|backed|owned|born|run|controlled|allied|aligned|funded"
                            + "|made|linked|style|listed|set|bound|flagged|headquartered)[,.;:]?");

    /** Compound endings that say where something is: "Jena-based", "Paris-born", "Belfast-set". */
    private static final Set<String> PLACE_COMPOUNDS =
            Set.of("based", "born", "set", "bound", "headquartered");

    /** Prize and trophy words after a person's name make it the prize's name. */
    private static final Pattern AWARD_AFTER =
            Pattern.compile(" (?:Trophy|Prize|Cup|Award|Medal|Memorial|Lecture)\\b");

    /** Definite articles (folded) that stand before a descriptive noun, not before a name. */
    private static final Set<String> DEFINITE_ARTICLES =
            Set.of("le", "la", "l'", "les", "au", "aux", "du", "des", "the");

    private static final Set<String> ABBREVIATIONS_WITH_PERIOD =
            Set.of(
                    "Inc.", "Ltd.", "Jr.", "Sr.", "Corp.", "Co.", "Bros.", "St.", "Ala.", "Ariz.",
                    "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
                    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
                    "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.", "Va.", "Wash.", "Wis.",
                    "Wyo.");

    private MentionCleaner() {}

    /**
     * The names in one engine span, cleaned.
     *
     * @param english whether the article is in English, where every word of a name but its function
     *     words is capitalised
     */
    static List<CleanMention> clean(
            String text, EngineMention engineMention, Dateline dateline, boolean english) {
        EngineMention mention = engineMention;
        int begin = afterLastSeparator(text, mention.begin(), mention.end());
        int[] span = trim(text, begin, mention.end());
        if (span == null || CLOCK_TIME.matcher(text).region(span[0], span[1]).matches()) {
            // "1030 GMT": a time of day is no name.
            return List.of();
        }
        if (sealsOfTheJusticeMinister(text, span[0], span[1])) {
            // "le garde des Sceaux": the justice minister's title, not the town of Sceaux.
            return List.of();
        }
        if (mention.type() != EntityType.PERSON && startsWithJobTitle(text, span)) {
            // "ministre de l'Industrie et de l'Énergie": the whole span is one title.
            return List.of();
        }
        int[] holder = personAfterBody(text, span);
        if (holder != null) {
            // "RN Franck Allisio", "Renault Luca de Meo": a party or company, then a person named
            // by a given name.
            return bodyThenPerson(
                    text, span, holder, EntityType.ORGANIZATION, mention, dateline, english);
        }
        int[] roleWords = roleInside(text, span);
        if (roleWords != null) {
            // "Fed [Chair] Jerome Powell", "ECB [President] Christine Lagarde": a body or a place,
            // a role, then the person who holds it.
            EntityType before =
                    mention.type() == EntityType.LOCATION
                            ? EntityType.LOCATION
                            : EntityType.ORGANIZATION;
            return bodyThenPerson(text, span, roleWords, before, mention, dateline, english);
        }
        EntityType type = mention.type();
        if (type != EntityType.ORGANIZATION
                && type != EntityType.PERSON
                && LOWER_CASE_INSTITUTION.matcher(text).region(span[0], span[1]).lookingAt()) {
            // "Le tribunal correctionnel de Paris" is the court, whatever the engine made of it.
            type = EntityType.ORGANIZATION;
            mention = new EngineMention(mention.begin(), mention.end(), type, mention.confidence());
        }
        if (type != EntityType.ORGANIZATION && startsAsAnOrganisation(text, span)) {
            // "Chambre de commerce et d'industrie du Puy-de-Dôme": a body, whose "et" and commas
            // join no two places.
            type = EntityType.ORGANIZATION;
            mention = new EngineMention(mention.begin(), mention.end(), type, mention.confidence());
        }
        if (type == EntityType.PERSON) {
            span = withoutLeadingAcronym(text, span);
        }
        if (type == EntityType.ORGANIZATION || type == EntityType.LOCATION) {
            span = withoutTrailingRole(text, span, type);
        }
        span = withoutTrailingCommonNoun(text, span, english);
        span = withoutElidedWordAfter(text, span);
        if (type != EntityType.PERSON) {
            int role = roleTitleBefore(text, span[0]);
            if (role >= 0) {
                if (!MINISTRY.matcher(text).region(role, span[0]).lookingAt()) {
                    return List.of();
                }
                // "au [ministère de l'Intérieur]": the ministry is a body, written in lower case.
                return List.of(
                        new CleanMention(
                                role,
                                span[1],
                                EntityType.ORGANIZATION,
                                mention.confidence(),
                                false,
                                EntityType.ORGANIZATION));
            }
        }
        boolean awarded = false;
        if (type == EntityType.PERSON) {
            span = withGenerationalSuffix(text, span);
            Matcher award = AWARD_AFTER.matcher(text).region(span[1], text.length());
            if (award.lookingAt()) {
                // "Larry O'Brien[ Trophy]": a prize named after a person is no person.
                span = new int[] {span[0], award.end()};
                awarded = true;
                type = EntityType.MISC;
                mention = new EngineMention(span[0], span[1], type, mention.confidence());
            }
        }
        int[] descriptor = awarded ? null : leadingDescriptor(text, span, type);
        if (descriptor != null) {
            return descriptorAndPerson(text, descriptor, span[1], mention, dateline);
        }
        List<int[]> parts = new ArrayList<>();
        for (int[] side : splitAtRelation(text, span)) {
            parts.addAll(
                    type == EntityType.PERSON || type == EntityType.LOCATION
                            ? splitCoordination(text, side, type)
                            : type == EntityType.ORGANIZATION
                                    ? splitFrenchList(text, side)
                                    : List.of(side));
        }
        List<CleanMention> cleaned = new ArrayList<>(parts.size());
        boolean honorific = false;
        for (int[] part : parts) {
            CleanMention one = cleanPart(text, part, mention, dateline);
            int[] partDescriptor =
                    one == null || one.begin() == span[0]
                            ? null
                            : leadingDescriptor(
                                    text, new int[] {one.begin(), one.end()}, one.type());
            if (partDescriptor != null) {
                // "« Les Nuits de Tbilissi » de la [Géorgienne] [Nino Kipiani]": a title, then
                // a nationality noun and the person, all in one engine span.
                cleaned.addAll(
                        descriptorAndPerson(text, partDescriptor, one.end(), mention, dateline));
                continue;
            }
            if (one != null && part[0] > mention.begin() && text.startsWith(" in ", part[0] - 4)) {
                // "the National Hurricane Center in [Miami]": the town of the body before it.
                one =
                        new CleanMention(
                                one.begin(),
                                one.end(),
                                EntityType.LOCATION,
                                one.confidence(),
                                one.afterHonorific(),
                                EntityType.LOCATION);
            }
            if (one != null) {
                cleaned.add(one);
                honorific |= one.afterHonorific();
            }
        }
        if (honorific && cleaned.size() > 1) {
            // "MM. Rubio et Witkoff": the plural honorific covers every coordinated name.
            cleaned.replaceAll(CleanMention::withHonorific);
        }
        return cleaned;
    }

    /** "le [Slovène] [Slavko Vinčić]": a nationality or role noun, then the person. */
    private static List<CleanMention> descriptorAndPerson(
            String text, int[] descriptor, int end, EngineMention mention, Dateline dateline) {
        List<CleanMention> pieces = new ArrayList<>(2);
        CleanMention noun =
                cleanPart(
                        text,
                        descriptor,
                        new EngineMention(
                                descriptor[0],
                                descriptor[1],
                                EntityType.MISC,
                                mention.confidence()),
                        dateline);
        CleanMention person =
                cleanPart(
                        text,
                        new int[] {descriptor[2], end},
                        new EngineMention(
                                descriptor[2], end, EntityType.PERSON, mention.confidence()),
                        dateline);
        if (noun != null) {
            pieces.add(noun);
        }
        if (person != null) {
            pieces.add(person);
        }
        return pieces;
    }

    /** A French infinitive (folded): "perdre", "jouer", "battre", "venir". */
    private static final Pattern FRENCH_INFINITIVE = Pattern.compile("\\p{L}{2,}(?:er|ir|re)");

    /** English nouns (folded) that open a sentence right before a name: "Host Montreal". */
    private static final Set<String> SENTENCE_OPENERS =
            Set.of("host", "hosts", "visitors", "holders", "leaders", "utilities", "residents");

    private static CleanMention cleanPart(
            String text, int[] part, EngineMention mention, Dateline dateline) {
        EntityType type = mention.type();
        List<int[]> words = words(text, part[0], part[1]);
        boolean honorific = false;
        while (!words.isEmpty()) {
            int[] first = words.get(0);
            String word = text.substring(first[0], first[1]);
            String folded = NameLexicon.fold(word);
            boolean more = words.size() > 1;
            if (NameLexicon.HONORIFICS.contains(word)) {
                honorific = true;
                words.remove(0);
            } else if (more
                    && type == EntityType.PERSON
                    && FRENCH_INFINITIVE.matcher(folded).matches()
                    && !GivenNames.SHIPPED.contains(word)
                    && GivenNames.SHIPPED.contains(text.substring(words.get(1)[0], words.get(1)[1]))
                    && ContextEvidence.sentenceStart(text, first[0])) {
                // "« [Perdre] Laure nous a coûté cher »", "[Jouer] Carlos ici": the verb that
                // opens the sentence before a first name.
                words.remove(0);
            } else if (more
                    && SENTENCE_OPENERS.contains(folded)
                    && ContextEvidence.sentenceStart(text, first[0])) {
                // "[Host Montreal] led 2-0", "[Utilities DTE Energy] and Consumers": a noun that
                // opens the sentence before the name.
                words.remove(0);
            } else if (more
                    && startsLowerCase(word)
                    && ContextEvidence.describesAnOrganisation(
                            NameLexicon.fold(withoutElision(word)))) {
                // "[L'équipementier automobile] Valmeca", "la [société d'État] Hydro-Québec": a cue
                // noun and its complement describe the name that follows and are no part of it.
                while (words.size() > 1) {
                    String next = text.substring(words.get(0)[0], words.get(0)[1]);
                    if (!startsLowerCase(next) && withoutElision(next).equals(next)) {
                        break;
                    }
                    words.remove(0);
                }
            } else if (more
                    && type != EntityType.PERSON
                    && Character.isLowerCase(word.codePointAt(0))
                    && !isElided(word)
                    && !ContextEvidence.startsAnOrganisationName(folded)
                    && afterACueNoun(text, first[0])) {
                // "l'association [anticorruption] Anticor": after a cue noun, the lower-case
                // words that describe the name are no part of it.
                while (words.size() > 1
                        && startsLowerCase(text.substring(words.get(0)[0], words.get(0)[1]))) {
                    words.remove(0);
                }
            } else if (more
                    && type == EntityType.ORGANIZATION
                    && ContextEvidence.isOriginAdjective(folded)) {
                // "l'ONG [allemande] Sea-Watch": the origin the engine took into the name.
                words.remove(0);
            } else if (more
                    && Character.isUpperCase(word.codePointAt(0))
                    && SUBJECT_PRONOUNS.contains(folded)
                    && Character.isLowerCase(text.codePointAt(words.get(1)[0]))
                    && !NameLexicon.FUNCTION_WORDS.contains(
                            NameLexicon.fold(text.substring(words.get(1)[0], words.get(1)[1])))) {
                // "[Nous voulions un] Tour": a sentence's opening words the engine took into a
                // name; the name starts at the next capital.
                words.remove(0);
                while (words.size() > 1
                        && startsLowerCase(text.substring(words.get(0)[0], words.get(0)[1]))) {
                    words.remove(0);
                }
            } else if (more && NameLexicon.CATEGORY_WORDS.contains(word)) {
                words.remove(0);
            } else if (more
                    && SENTENCE_OPENING_LINKS.contains(word)
                    && ContextEvidence.sentenceStart(text, first[0])) {
                // "At Detroit", "En Bretagne": a preposition opening the sentence is no name's.
                words.remove(0);
            } else if (more
                    && NameLexicon.DESCRIPTOR_NOUNS.contains(folded)
                    && ContextEvidence.sentenceStart(text, first[0])
                    && Character.isUpperCase(text.codePointAt(words.get(1)[0]))) {
                // "[Chipmaker] Nvidia", "[Rival] Blue Origin": the sentence's first word,
                // capitalised
                // as such, describes the organisation that follows.
                words.remove(0);
            } else if (type == EntityType.PERSON
                    && more
                    && (NameLexicon.PERSON_TITLES.contains(folded)
                            || NameLexicon.NATIONALITY_NOUNS.contains(folded))) {
                words.remove(0);
            } else if (Character.isLowerCase(word.codePointAt(0))) {
                if (type != EntityType.PERSON && NameLexicon.ROLE_NOUNS.contains(folded)) {
                    // "ministre de l'Industrie": a job title, whatever the engine typed.
                    return null;
                }
                if (isElided(word)) {
                    words.set(0, new int[] {first[0] + 2, first[1]});
                    break;
                }
                if (type == EntityType.PERSON
                        && more
                        && NameLexicon.PERSON_PARTICLES.contains(word)) {
                    break;
                }
                if (type == EntityType.ORGANIZATION
                        && !NameLexicon.FUNCTION_WORDS.contains(folded)) {
                    // "ministère allemand des Affaires étrangères" is the body's name as written.
                    break;
                }
                words.remove(0);
            } else if (more && NameLexicon.LEADING_ARTICLES.contains(word)) {
                if (type == EntityType.PERSON && NameLexicon.SURNAME_PARTICLES.contains(word)) {
                    break;
                }
                if (!ContextEvidence.sentenceStart(text, first[0])
                        && (type != EntityType.LOCATION || !word.equals("The"))) {
                    // A capital article inside a sentence is the name's: "selon Le Monde", "entre
                    // Annecy et Le Grand-Bornand", "selon La Provence" (French writes "la France"
                    // there; a capital names a town, a title or a newspaper); "in The Hague" is
                    // Hague, as before.
                    break;
                }
                if (NameLexicon.NAMES_WITH_ARTICLE.contains(foldedSpan(text, words))) {
                    break;
                }
                words.remove(0);
            } else {
                if (isElided(word)
                        && !NameLexicon.NAMES_WITH_ARTICLE.contains(foldedSpan(text, words))
                        && !(type == EntityType.PERSON && word.startsWith("D"))) {
                    words.set(0, new int[] {first[0] + 2, first[1]});
                }
                break;
            }
        }
        if (type == EntityType.ORGANIZATION) {
            words = beforeTheSentenceGoesOn(text, words);
        }
        while (words.size() > 1) {
            int[] last = words.get(words.size() - 1);
            String word = text.substring(last[0], last[1]);
            if ((Character.isLowerCase(word.codePointAt(0))
                            && NameLexicon.FUNCTION_WORDS.contains(NameLexicon.fold(word)))
                    || SCORE.matcher(word).matches()
                    || (word.chars().allMatch(Character::isDigit)
                            && SCORE_REST.matcher(text).region(last[1], text.length()).lookingAt())
                    || (type == EntityType.PERSON && POST_NOMINALS.contains(word))) {
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int[] lastWord = words.get(words.size() - 1);
        Matcher compound = COMPOUND_ADJECTIVE.matcher(text).region(lastWord[0], lastWord[1]);
        double confidence = mention.confidence();
        boolean place = false;
        if (compound.matches()) {
            // "Jena-based", "Paris-born", "Belfast-set": what is based, born or set somewhere
            // names a place.
            place = PLACE_COMPOUNDS.contains(compound.group(2));
            // "Hamas-led", "California-based": the name is before the hyphen; the engine typed
            // the adjective, so its type hardly counts.
            words.set(words.size() - 1, new int[] {lastWord[0], compound.end(1)});
            confidence = 0.0;
        }
        int[] span = trim(text, words.get(0)[0], words.get(words.size() - 1)[1]);
        if (span == null || !looksLikeName(text, span)) {
            return null;
        }
        EntityType evidence =
                place
                        ? EntityType.LOCATION
                        : ContextEvidence.typeAround(text, span[0], span[1], dateline);
        if (evidence == null && type == EntityType.MISC && ContextEvidence.quoted(text, span[0])) {
            // "selon HAROPA Port", "according to Dealroom": a source speaks; a MISC name does not.
            evidence = EntityType.ORGANIZATION;
        }
        return new CleanMention(span[0], span[1], type, confidence, honorific, evidence);
    }

    /** Whether the word just before {@code begin} introduces an organisation: "l'association". */
    private static boolean afterACueNoun(String text, int begin) {
        String previous = ContextEvidence.wordsBefore(text, begin, 1)[0];
        return previous != null && ContextEvidence.describesAnOrganisation(previous);
    }

    /** Pronouns that open a sentence: "[Nous voulions un] Tour", "[We want a] Europe". */
    private static final Set<String> SUBJECT_PRONOUNS =
            Set.of(
                    "je", "nous", "vous", "il", "elle", "ils", "elles", "on", "i", "we", "you",
                    "he", "she", "they");

    /** "XXe", "XIXe siècle": French writes centuries in capital Roman numerals. */
    private static final Pattern FRENCH_CENTURY = Pattern.compile("[IVX]+(?:e|es|ème|er)");

    /** A name has two letters or more, a capital, and is not only common capitalised words. */
    private static boolean looksLikeName(String text, int[] span) {
        String surface = text.substring(span[0], span[1]);
        if (surface.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            return false;
        }
        List<int[]> words = words(text, span[0], span[1]);
        if (words.size() == 1
                && NameLexicon.LONE_GENERIC_NOUNS.contains(
                        NameLexicon.fold(surface.replaceAll("[^\\p{L}]", "")))) {
            return false;
        }
        boolean capitalised = false;
        boolean onlyCommonWords = true;
        for (int[] word : words) {
            String w = text.substring(word[0], word[1]);
            int firstCodePoint = w.codePointAt(0);
            if (Character.isUpperCase(firstCodePoint)
                    || Character.isTitleCase(firstCodePoint)
                    || Character.isDigit(firstCodePoint)) {
                capitalised = true;
                String bare = w.replaceAll("[^\\p{L}\\p{N}'’-]", "");
                if (!NameLexicon.COMMON_WORDS.contains(NameLexicon.fold(bare))
                        && !FRENCH_CENTURY.matcher(bare).matches()) {
                    onlyCommonWords = false;
                }
            }
        }
        return capitalised && !onlyCommonWords;
    }

    /**
     * In "par le Slovène Slavko Vinčić" the engine's span starts with a capitalised noun that the
     * article put before the name: after a definite article, three capitalised words or more, the
     * first one is not part of the name.
     *
     * @return the noun's begin and end and where the name starts, or null
     */
    private static int[] leadingDescriptor(String text, int[] span, EntityType type) {
        if (type != EntityType.PERSON && type != EntityType.MISC && type != EntityType.LOCATION) {
            return null;
        }
        List<int[]> words = words(text, span[0], span[1]);
        boolean articleInSpan =
                !words.isEmpty()
                        && NameLexicon.LEADING_ARTICLES.contains(
                                text.substring(words.get(0)[0], words.get(0)[1]));
        if (articleInSpan) {
            // "Le Slovène Tadej Pogačar" at the start of a sentence: the engine took the article.
            words = words.subList(1, words.size());
        }
        boolean demonym =
                words.size() >= 2
                        && ContextEvidence.frenchDemonym(
                                NameLexicon.fold(text.substring(words.get(0)[0], words.get(0)[1])));
        if (words.size() < 3 && !demonym) {
            // Two words are a descriptor and a name only when the first is a nationality: "la
            // [Belge] Angèle"; a place of two words is no person ("la Seine-Saint-Denis").
            return null;
        }
        if (type == EntityType.LOCATION && !demonym) {
            return null;
        }
        int[] lastWord = words.get(words.size() - 1);
        String last = NameLexicon.fold(text.substring(lastWord[0], lastWord[1]));
        if (ContextEvidence.endsAnOrganisationName(last)
                || ContextEvidence.endsAPrizeOrEvent(last)) {
            // "the [Sahra Wagenknecht Alliance]", "the [Webb Ellis Cup]", "the [American League
            // Championship Series]": a body, a prize or an event, not a descriptor and a person.
            return null;
        }
        for (int k = 0; k < words.size(); k++) {
            String w = text.substring(words.get(k)[0], words.get(k)[1]);
            if (!Character.isUpperCase(w.codePointAt(0))
                    && !(k >= 2 && NameLexicon.PERSON_PARTICLES.contains(w))) {
                // "la Néerlandaise Anouk [de] Vries": a particle inside the person's name.
                return null;
            }
        }
        String first = text.substring(words.get(0)[0], words.get(0)[1]);
        if (NameLexicon.HONORIFICS.contains(first)
                || NAME_ADJECTIVES.contains(NameLexicon.fold(first))
                || NameLexicon.SURNAME_PARTICLES.contains(first)
                || NameLexicon.PERSON_TITLES.contains(NameLexicon.fold(first))
                || first.endsWith(".")) {
            return null;
        }
        String[] before = ContextEvidence.wordsBefore(text, span[0], 1);
        if (!articleInSpan && (before[0] == null || !DEFINITE_ARTICLES.contains(before[0]))) {
            return null;
        }
        return new int[] {words.get(0)[0], words.get(0)[1], words.get(1)[0]};
    }

    /**
     * Where a capitalised role sits between a name and a person's name in {@code span} ("Fed Chair
     * Jerome Powell"): {begin, end} of the role words, or null.
     */
    private static int[] roleInside(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        for (int i = 1; i < words.size() - 1; i++) {
            int last = i - 1;
            while (last + 1 < words.size() - 1
                    && isRoleWord(text.substring(words.get(last + 1)[0], words.get(last + 1)[1]))) {
                last++;
            }
            if (last < i
                    || !ROLE_HEADS.contains(
                            text.substring(words.get(last)[0], words.get(last)[1]))) {
                continue;
            }
            int[] next = words.get(last + 1);
            String previous = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            if (Character.isUpperCase(text.codePointAt(next[0]))
                    && Character.isUpperCase(previous.codePointAt(0))
                    && !previous.endsWith(",")) {
                return new int[] {words.get(i)[0], words.get(last)[1]};
            }
        }
        return null;
    }

    /**
     * The span cut in two around {@code gap} ({begin, end}): the body or place before it, of {@code
     * before}, and the person after it, each cleaned as a span of its own.
     */
    private static List<CleanMention> bodyThenPerson(
            String text,
            int[] span,
            int[] gap,
            EntityType before,
            EngineMention mention,
            Dateline dateline,
            boolean english) {
        List<CleanMention> pieces = new ArrayList<>();
        pieces.addAll(
                clean(
                        text,
                        new EngineMention(span[0], gap[0], before, mention.confidence()),
                        dateline,
                        english));
        pieces.addAll(
                clean(
                        text,
                        new EngineMention(gap[1], span[1], EntityType.PERSON, mention.confidence()),
                        dateline,
                        english));
        return pieces;
    }

    private static boolean startsWithJobTitle(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        String first = text.substring(words.get(0)[0], words.get(0)[1]);
        return words.size() > 1
                && Character.isLowerCase(first.codePointAt(0))
                && NameLexicon.ROLE_NOUNS.contains(NameLexicon.fold(first));
    }

    private static boolean isRoleWord(String word) {
        return ROLE_HEADS.contains(word) || ROLE_MODIFIERS.contains(word);
    }

    private static boolean startsAsAnOrganisation(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        return words.size() > 2
                && ContextEvidence.startsAnOrganisationName(
                        NameLexicon.fold(text.substring(words.get(0)[0], words.get(0)[1])));
    }

    /**
     * Where, in {@code span}, an acronym or a known organisation ends and a person named by a
     * common given name starts ("RN Franck Allisio", "Renault Luca de Meo", "Stade rochelais Enzo
     * Marchetti", "RN du Var Laure Montagnac"), or null.
     */
    private static int[] personAfterBody(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        for (int k = 1; k + 1 < words.size(); k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            if (GivenNames.SHIPPED.contains(word)) {
                return namesABody(text, words.subList(0, k))
                        ? new int[] {words.get(k - 1)[1], words.get(k)[0]}
                        : null;
            }
        }
        return null;
    }

    /** An acronym or a listed name, alone or with the listed place it is of ("RN du Var"). */
    private static boolean namesABody(String text, List<int[]> words) {
        String first = text.substring(words.get(0)[0], words.get(0)[1]);
        boolean acronymOrListed =
                (first.length() >= 2
                                && first.length() <= 5
                                && first.codePoints().allMatch(Character::isUpperCase))
                        || KnownNames.SHIPPED.lookup(EntityResolver.key(first)) != null;
        if (words.size() == 1) {
            return acronymOrListed;
        }
        String whole = text.substring(words.get(0)[0], words.get(words.size() - 1)[1]);
        if (KnownNames.SHIPPED.lookup(EntityResolver.key(whole)) != null) {
            return true;
        }
        Matcher ofAPlace =
                OF_A_PLACE.matcher(whole).region(words.get(0)[1] - words.get(0)[0], whole.length());
        return acronymOrListed && ofAPlace.matches() && isListedPlace(ofAPlace.group(1));
    }

    private static boolean isListedPlace(String name) {
        KnownNames.Known place = KnownNames.SHIPPED.lookup(EntityResolver.key(name));
        return place != null && place.type() == EntityType.LOCATION;
    }

    private static int[] withoutLeadingAcronym(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        if (words.size() < 3) {
            // "JD Vance": two words are the person's own.
            return span;
        }
        String first = text.substring(words.get(0)[0], words.get(0)[1]);
        boolean acronym =
                first.length() >= 2
                        && first.length() <= 5
                        && first.codePoints().allMatch(Character::isUpperCase);
        return acronym ? new int[] {words.get(1)[0], span[1]} : span;
    }

    /**
     * "[Institut Pasteur] observe une circulation": where a lower-case word that is no link and no
     * adjective follows a capital, and an article follows later, the sentence has gone on.
     */
    private static List<int[]> beforeTheSentenceGoesOn(String text, List<int[]> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            String previous = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            if (!Character.isLowerCase(word.codePointAt(0))
                    || !Character.isUpperCase(previous.codePointAt(0))
                    || NameLexicon.FUNCTION_WORDS.contains(NameLexicon.fold(word))
                    || isElided(word)
                    || ADJECTIVE_ENDING.matcher(word).find()) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                String later = text.substring(words.get(j)[0], words.get(j)[1]);
                if (SENTENCE_ARTICLES.contains(later)) {
                    return new ArrayList<>(words.subList(0, i));
                }
            }
        }
        return words;
    }

    /** "General Motors [Chief] Executive Mary Barra": the role after a company is not its name. */
    private static int[] withoutTrailingRole(String text, int[] span, EntityType type) {
        List<int[]> words = words(text, span[0], span[1]);
        int keep = words.size();
        while (type == EntityType.ORGANIZATION
                && keep > 1
                && TRAILING_ROLES.contains(
                        text.substring(words.get(keep - 1)[0], words.get(keep - 1)[1]))) {
            keep--;
        }
        if (keep == words.size()
                && keep > 1
                && continuesAsAName(text, span[1])
                && ROLE_HEADS.contains(
                        text.substring(words.get(keep - 1)[0], words.get(keep - 1)[1]))) {
            // "Kerr County [Judge] Rob Kelly", "Bank of England [Deputy Governor] Sarah Breeden":
            // a role between a place or body and its holder, who the engine named apart.
            while (keep > 1
                    && isRoleWord(text.substring(words.get(keep - 1)[0], words.get(keep - 1)[1]))) {
                keep--;
            }
        }
        return keep == words.size() ? span : new int[] {span[0], words.get(keep - 1)[1]};
    }

    /** Whether a capitalised word follows {@code end} after one blank: a name goes on there. */
    static boolean continuesAsAName(String text, int end) {
        return end + 1 < text.length()
                && text.charAt(end) == ' '
                && Character.isUpperCase(text.codePointAt(end + 1));
    }

    private static boolean isTrailingCommonNoun(String word, boolean english) {
        return TRAILING_COMMON_NOUNS.contains(word)
                || NameLexicon.FRENCH_DAYS.contains(word)
                || (english
                        && ENGLISH_LOWER_CASE_WORD.matcher(word).matches()
                        && !NameLexicon.FUNCTION_WORDS.contains(word));
    }

    /** Whether the span is "Sceaux" of "garde des Sceaux", the French justice minister's title. */
    static boolean sealsOfTheJusticeMinister(String text, int begin, int end) {
        int before = begin - SEALS_OF_A_MINISTER.length();
        return end - begin == "Sceaux".length()
                && text.startsWith("Sceaux", begin)
                && before >= 0
                && text.regionMatches(
                        true, before, SEALS_OF_A_MINISTER, 0, SEALS_OF_A_MINISTER.length());
    }

    /** "l'équipementier" without its elided article: "équipementier". */
    static String withoutElision(String word) {
        return ELIDED_ARTICLE.matcher(word).replaceFirst("");
    }

    /** Whether a word, its elided article aside, begins in lower case. */
    private static boolean startsLowerCase(String word) {
        String bare = withoutElision(word);
        return !bare.isEmpty() && Character.isLowerCase(bare.codePointAt(0));
    }

    /**
     * "the Cerrado [savanna]", "Monaco recevra Cholet [dimanche]", "the Capitol [rotunda]" in
     * English: a lower-case common noun after a name is no part of it.
     */
    private static int[] withoutTrailingCommonNoun(String text, int[] span, boolean english) {
        List<int[]> words = words(text, span[0], span[1]);
        int keep = words.size();
        while (keep > 1
                && isTrailingCommonNoun(
                        text.substring(words.get(keep - 1)[0], words.get(keep - 1)[1]), english)) {
            keep--;
        }
        return keep == words.size() ? span : new int[] {span[0], words.get(keep - 1)[1]};
    }

    private static int[] withGenerationalSuffix(String text, int[] span) {
        Matcher suffix = GENERATIONAL_SUFFIX.matcher(text).region(span[1], text.length());
        return suffix.lookingAt() ? new int[] {span[0], suffix.end()} : span;
    }

    /** The names on each side of a relating word, or the span itself. */
    private static List<int[]> splitAtRelation(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        for (int i = 0; i < words.size() - 1; i++) {
            int[] word = words.get(i);
            if (text.charAt(word[1] - 1) == ':' && word[1] - word[0] > 1) {
                // "Boston Bruins: At Detroit": a colon ends a name, as in a schedule line.
                List<int[]> sides = new ArrayList<>();
                sides.add(new int[] {span[0], word[1] - 1});
                sides.addAll(splitAtRelation(text, new int[] {words.get(i + 1)[0], span[1]}));
                return sides;
            }
            boolean bodyInTown =
                    i > 0
                            && text.substring(word[0], word[1]).equals("in")
                            && isBodyWord(
                                    NameLexicon.fold(
                                            text.substring(
                                                    words.get(i - 1)[0], words.get(i - 1)[1])))
                            && Character.isUpperCase(text.codePointAt(words.get(i + 1)[0]));
            // "the [National Hurricane Center] in [Miami]": a body, then where it is.
            boolean pollFor =
                    i > 0
                            && text.substring(word[0], word[1]).equals("pour")
                            && Character.isUpperCase(text.codePointAt(words.get(i + 1)[0]));
            // "un sondage [Ifop] pour [L'Est Républicain]": a pollster and its client.
            if (bodyInTown
                    || pollFor
                    || (i > 0 && RELATIONS.contains(text.substring(word[0], word[1])))) {
                List<int[]> sides = new ArrayList<>();
                sides.add(new int[] {span[0], words.get(i - 1)[1]});
                sides.addAll(splitAtRelation(text, new int[] {words.get(i + 1)[0], span[1]}));
                return sides;
            }
            String next = text.substring(words.get(i + 1)[0], words.get(i + 1)[1]);
            if (text.charAt(word[1] - 1) == '.'
                    && SENTENCE_OPENING_WORDS.contains(next)
                    && !NameLexicon.HONORIFICS.contains(text.substring(word[0], word[1]))) {
                // "entendu sous [X. Un expert du laboratoire]": the engine ran on over a
                // sentence's end.
                List<int[]> sides = new ArrayList<>();
                sides.add(new int[] {span[0], word[1]});
                sides.addAll(splitAtRelation(text, new int[] {words.get(i + 1)[0], span[1]}));
                return sides;
            }
            if (Character.isUpperCase(text.codePointAt(word[0]))
                    && (next.equals("un") || next.equals("une"))
                    && i + 2 < words.size()
                    && Character.isLowerCase(text.codePointAt(words.get(i + 2)[0]))) {
                // "à la télévision publique [Télé Congo] une équipe de 38 membres": a name is
                // over where a lower-case indefinite article starts a noun phrase.
                return List.of(new int[] {span[0], word[1]});
            }
            if (i > 0 && NameLexicon.FRENCH_DAYS.contains(text.substring(word[0], word[1]))) {
                // "[Veszprém] mercredi [en Hongrie]": a day inside a sentence is no name's.
                List<int[]> sides = new ArrayList<>();
                sides.add(new int[] {span[0], words.get(i - 1)[1]});
                sides.addAll(splitAtRelation(text, new int[] {words.get(i + 1)[0], span[1]}));
                return sides;
            }
        }
        return List.of(span);
    }

    /** "Council", "Center", "Observatory": a word that ends an English body's name. */
    private static boolean isBodyWord(String folded) {
        return ContextEvidence.endsAnOrganisationName(folded)
                || ContextEvidence.startsAnOrganisationName(folded);
    }

    private static List<int[]> splitCoordination(String text, int[] span, EntityType type) {
        List<int[]> words = words(text, span[0], span[1]);
        if (words.size() < 3 || NameLexicon.COORDINATED_NAMES.contains(foldedSpan(text, words))) {
            return List.of(span);
        }
        List<int[]> parts = new ArrayList<>();
        int partBegin = span[0];
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            String w = text.substring(word[0], word[1]);
            boolean conjunction =
                    w.equals("et")
                            || w.equals("and")
                            || (w.equals("&") && type == EntityType.PERSON);
            if (conjunction && i > 0 && i < words.size() - 1) {
                parts.add(new int[] {partBegin, words.get(i - 1)[1]});
                partBegin = words.get(i + 1)[0];
            } else if (w.endsWith(",") && i < words.size() - 1) {
                parts.add(new int[] {partBegin, word[1] - 1});
                partBegin = words.get(i + 1)[0];
            }
        }
        parts.add(new int[] {partBegin, span[1]});
        if (parts.size() == 1) {
            return parts;
        }
        for (int[] part : parts) {
            if (part[1] <= part[0] || !hasCapital(text, part)) {
                return List.of(span);
            }
        }
        return parts;
    }

    /**
     * "des élus du Rassemblement, des [Loyalistes] et de [Calédonie ensemble]", "du groupe [S&D],
     * des [Verts]": a French list repeats its "de" before each body, so a capitalised name, a comma
     * or "et", then "de" and another capitalised name are two bodies. A name whose first part has a
     * lower-case word ("ministère de l'Intérieur et des Outre-mer") is one body.
     */
    private static final Pattern FRENCH_LIST_OF_BODIES =
            Pattern.compile(
                    "(?U)(\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2})(?:,| et) (?:des |du |de"
                            + " |d['’])(\\p{Lu}.*)");

    private static List<int[]> splitFrenchList(String text, int[] span) {
        Matcher list = FRENCH_LIST_OF_BODIES.matcher(text).region(span[0], span[1]);
        if (!list.matches()) {
            return splitOrganisations(text, span);
        }
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {span[0], list.end(1)});
        parts.addAll(splitFrenchList(text, new int[] {list.start(2), span[1]}));
        return parts;
    }

    /**
     * "[Sequoia Capital] and [Index Ventures]": two organisations of two capitalised words or more
     * each, the first ending as organisations do; one body's name ("Department of Health and Human
     * Services", "Procter and Gamble", "Disaster Risk Reduction and Management Council") has a link
     * word, single words or no organisation ending before its "and".
     */
    /** Heads (folded) named after the subjects listed before them: "[…] and Means Committee". */
    private static final Set<String> SUBJECT_HEADS =
            Set.of(
                    "committee",
                    "subcommittee",
                    "commission",
                    "council",
                    "department",
                    "ministry",
                    "agency",
                    "administration",
                    "authority",
                    "office",
                    "board",
                    "service");

    private static List<int[]> splitOrganisations(String text, int[] span) {
        List<int[]> words = words(text, span[0], span[1]);
        for (int i = 2; i < words.size() - 2; i++) {
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            if (!w.equals("and") && !w.equals("et")) {
                continue;
            }
            for (int j = 0; j < words.size(); j++) {
                String other = text.substring(words.get(j)[0], words.get(j)[1]);
                if (j != i
                        && !Character.isUpperCase(other.codePointAt(0))
                        && !NameLexicon.FUNCTION_WORDS.contains(other)) {
                    // "of", "the" may link a body's words: "the Federal Reserve and the Office of
                    // the Comptroller of the Currency".
                    return List.of(span);
                }
            }
            String lastOfFirst = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
            String firstPart = text.substring(span[0], words.get(i - 1)[1]);
            String lastWord = text.substring(words.get(words.size() - 1)[0], span[1]);
            if ((!ContextEvidence.endsAnOrganisationName(NameLexicon.fold(lastOfFirst))
                            && KnownNames.SHIPPED.lookup(EntityResolver.key(firstPart)) == null)
                    || SUBJECT_HEADS.contains(NameLexicon.fold(lastWord))) {
                // "National Disaster Risk Reduction and Management Council" is one body, and so
                // is "Senate Energy and Natural Resources Committee", named after its subjects.
                return List.of(span);
            }
            return List.of(
                    new int[] {span[0], words.get(i - 1)[1]},
                    new int[] {words.get(i + 1)[0], span[1]});
        }
        return List.of(span);
    }

    private static boolean hasCapital(String text, int[] span) {
        return text.substring(span[0], span[1]).codePoints().anyMatch(Character::isUpperCase);
    }

    private static int afterLastSeparator(String text, int begin, int end) {
        Matcher separator = SEPARATOR.matcher(text).region(begin, end);
        int after = begin;
        while (separator.find()) {
            after = separator.end();
        }
        return after;
    }

    /** Where the title or ministry whose portfolio starts at {@code begin} starts, or -1. */
    private static int roleTitleBefore(String text, int begin) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int from = Math.max(lineStart, begin - 80);
        Matcher role = ROLE_CONTEXT.matcher(text).region(from, begin);
        return role.find() ? role.start() : -1;
    }

    /**
     * "[Vinci Construction] n'a pas souhaité": the elided word of the verb after the name (n', l',
     * qu', s') is not part of it.
     */
    private static int[] withoutElidedWordAfter(String text, int[] span) {
        int space = text.lastIndexOf(' ', span[1] - 1);
        if (space <= span[0] || span[1] >= text.length()) {
            return span;
        }
        String last = text.substring(space + 1, span[1]);
        char next = text.charAt(span[1]);
        boolean elided =
                (next == '\'' || next == '’')
                        && (last.equals("qu") || (last.length() == 1 && "nlsdjmtc".contains(last)));
        return elided ? new int[] {span[0], space} : span;
    }

    /** "L'Ukraine", "d'Ukraine": an elided article glued to the name. */
    private static boolean isElided(String word) {
        return word.length() > 2
                && "LlDd".indexOf(word.charAt(0)) >= 0
                && (word.charAt(1) == '\'' || word.charAt(1) == '’')
                && Character.isLetter(word.codePointAt(2));
    }

    /** Drops punctuation around a span; keeps the period of "U.S." or "Inc.". */
    static int[] trim(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && !Character.isLetterOrDigit(text.codePointAt(b))) {
            b += Character.charCount(text.codePointAt(b));
        }
        while (e > b) {
            int last = text.codePointBefore(e);
            if (Character.isLetterOrDigit(last) || (last == '.' && keepsPeriod(text, b, e))) {
                break;
            }
            e -= Character.charCount(last);
        }
        if (e - b > 2 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) {
            if (KnownNames.SHIPPED.lookup(EntityResolver.key(text.substring(b, e))) == null) {
                return trim(text, b, e - 2);
            }
            // "Christie's", "McDonald's": the list knows the name with its "'s".
        }
        if (b < e && e < text.length() && text.charAt(e) == '+' && glued(text, e)) {
            // "Canal+", "Disney+", "Paramount+": the plus is the name's.
            e++;
        }
        return b < e ? new int[] {b, e} : null;
    }

    /** A "+" right after a letter and before a space, punctuation or the end. */
    private static boolean glued(String text, int plus) {
        return Character.isLetter(text.charAt(plus - 1))
                && (plus + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(plus + 1)));
    }

    private static boolean keepsPeriod(String text, int begin, int end) {
        int wordStart = end - 1;
        while (wordStart > begin && !isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end);
        return ABBREVIATIONS_WITH_PERIOD.contains(word)
                || word.substring(0, word.length() - 1).indexOf('.') >= 0
                || withheldSurname(text, begin, wordStart, word);
    }

    /**
     * "Karim B.": French court reports withhold a surname but its initial, whose period is the
     * name's; "Point E." and "Serie A." are no given name and an initial.
     */
    private static boolean withheldSurname(String text, int begin, int wordStart, String word) {
        if (word.length() != 2 || !Character.isUpperCase(word.charAt(0)) || wordStart < begin + 3) {
            return false;
        }
        int givenStart = text.lastIndexOf(' ', wordStart - 2) + 1;
        return givenStart >= begin
                && GivenNames.SHIPPED.contains(text.substring(givenStart, wordStart - 1));
    }

    static List<int[]> words(String text, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        int i = begin;
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static String foldedSpan(String text, List<int[]> words) {
        StringBuilder folded = new StringBuilder();
        for (int[] word : words) {
            if (!folded.isEmpty()) {
                folded.append(' ');
            }
            folded.append(text, word[0], word[1]);
        }
        return NameLexicon.fold(folded.toString());
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
