package io.newsgraph.nlp.normalise;

import io.newsgraph.nlp.normalise.ArticleEntity.ArticleMention;
import io.newsgraph.proto.nlp.v1.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attaches every mention of one real-world entity to one entity per article: same name in other
 * case or accents, surname alone after the full name, acronym after its expansion. The entity then
 * gets one type by vote of its mentions, its fullest name and a salience.
 */
final class EntityResolver {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("\\s*\\(\\s*");

    /** What introduces another name of the same entity: "Dagalo, known as Hemedti". */
    private static final Pattern KNOWN_AS =
            Pattern.compile(
                    ",? (?:(?:also |better |locally )?known (?:locally |internationally"
                            + " )?as|known by its (?:\\p{Lu}\\p{L}+ )?(?:acronym|initials)"
                            + "|dite?|surnommée?|alias) ");

    /**
     * An acronym given as the other name of a body: "the General Confederation of Greek Workers, or
     * GSEE".
     */
    private static final Pattern OR_ACRONYM = Pattern.compile(", or (?=\\p{Lu}{2,8}\\b)");

    /**
     * What introduces the other name of a storm, which the Philippines name for themselves: "The
     * typhoon, known locally as Ester", "Known locally as Tino, the storm".
     */
    private static final Pattern LOCAL_NAME_BEFORE =
            Pattern.compile(
                    "(?i)(?:\\b(?:known|named|called) (?:locally|internationally) as"
                            + "|\\blocally (?:known as|named|called)"
                            + "|\\b(?:baptisée?|appelée?|nommée?|connue?) localement"
                            + "(?: sous le nom de)?) $");

    /** A storm named by what it is, near its other name: "the typhoon", "la tempête". */
    private static final Pattern STORM_NOUN =
            Pattern.compile(
                    "(?i)\\b(?:the|le|la|l['’]) ?"
                            + "(?:typhoon|storm|hurricane|cyclone|typhon|tempête|ouragan)\\b");

    private static final List<EntityType> TYPE_PREFERENCE =
            List.of(
                    EntityType.PERSON,
                    EntityType.LOCATION,
                    EntityType.ORGANIZATION,
                    EntityType.MISC);

    /**
     * Articles (folded, as keys spell them) that some names start with: "Le Havre", "The Hague".
     */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the");

    /** The articles French contracts with "à" and "de": "au", "du", "aux", "des". */
    private static final List<String> CONTRACTED_ARTICLES = List.of("Le ", "Les ");

    /** Particles between the hyphens of a compound place name: "Saint-Rémy-de-Provence". */
    private static final Pattern LOWER_CASE_PARTICLES =
            Pattern.compile(
                    "(?<=-)(?:De|Du|Des|La|Le|Les|Sur|En|Lès|Et|Aux?)(?=-)|(?<=-)D(?=['’])");

    private EntityResolver() {}

    /**
     * @param matchReport whether the article reports a match, where a club is also named by its
     *     town
     */
    static List<ArticleEntity> resolve(
            String text,
            String title,
            Dateline dateline,
            boolean matchReport,
            List<CleanMention> mentions) {
        // In a match report the dateline's town is the place the match was played, and the same
        // town in the body is the home club: the dateline is kept apart until the clubs are known.
        Dateline datelineApart = matchReport ? dateline : null;
        List<Group> groups = groupBySurface(text, mentions, datelineApart);
        UnionFind clusters = new UnionFind(groups.size());
        mergePersonVariants(groups, clusters);
        mergeArticleForms(groups, clusters);
        mergeSurnames(groups, clusters);
        mergeFirstNames(groups, clusters);
        mergeCorporateForms(groups, clusters);
        mergeOrganisationShortForms(groups, clusters);
        mergeInstitutionHeads(groups, clusters);
        mergePlaceHeads(groups, clusters);
        mergeTownShortForms(groups, clusters);
        mergeDatelineTownShortForms(text, groups, clusters, dateline);
        mergeEditions(groups, clusters);
        mergeCompetitionShortForms(groups, clusters);
        mergeAcronyms(text, groups, clusters);
        mergeStormLocalNames(text, groups, clusters);
        mergeStormShortNames(groups, clusters);
        mergeNamedAfterSomeone(groups, clusters);
        mergeInvertedNames(groups, clusters);
        mergePartyMembers(groups, clusters);
        mergeMiscPlurals(groups, clusters);
        mergeKnownAliases(groups, clusters);
        mergeAmbiguousShortPlaceNames(groups, clusters);
        mergeTeamNicknames(groups, clusters);
        if (matchReport) {
            Set<Integer> clubTowns = mergeClubTowns(text, groups, clusters, dateline);
            rejoinDateline(groups, clusters, datelineApart, clubTowns);
        }

        Map<Integer, List<Group>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byRoot.computeIfAbsent(clusters.find(i), root -> new ArrayList<>()).add(groups.get(i));
        }
        String titleKey = " " + key(title == null ? "" : title) + " ";
        int maxMentions =
                byRoot.values().stream()
                        .mapToInt(c -> c.stream().mapToInt(g -> g.mentions.size()).sum())
                        .max()
                        .orElse(1);
        List<ArticleEntity> entities = new ArrayList<>(byRoot.size());
        for (List<Group> cluster : byRoot.values()) {
            entities.add(toEntity(text, titleKey, maxMentions, dateline, cluster));
        }
        entities.sort(
                Comparator.comparingDouble(ArticleEntity::salience)
                        .reversed()
                        .thenComparingInt(e -> e.mentions().get(0).begin()));
        return entities;
    }

    /**
     * @param datelineApart a dateline whose mentions make a group of their own, or null
     */
    private static List<Group> groupBySurface(
            String text, List<CleanMention> mentions, Dateline datelineApart) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        Set<Long> seenSpans = new HashSet<>();
        List<CleanMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(CleanMention::begin));
        for (CleanMention mention : ordered) {
            if (!seenSpans.add(((long) mention.begin() << 32) | mention.end())) {
                continue;
            }
            String surface = text.substring(mention.begin(), mention.end());
            String key = key(surface);
            if (!key.isEmpty()) {
                boolean inDateline =
                        datelineApart != null
                                && datelineApart.contains(mention.begin(), mention.end());
                // A dateline group is filed under a key no name can have: it has no blank.
                String file = inDateline ? "\tdateline\t" + key : key;
                byKey.computeIfAbsent(file, unused -> new Group(key)).add(mention, surface);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** "LE HAVRE" and "du Havre": a name written with its article and without it is one entity. */
    private static void mergeArticleForms(List<Group> groups, UnionFind clusters) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byKey.putIfAbsent(groups.get(i).key, i);
        }
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (group.tokens.length > 1 && ARTICLES.contains(group.tokens[0])) {
                Integer bare = byKey.get(group.key.substring(group.tokens[0].length() + 1));
                if (bare != null && groups.get(bare).type() == group.type()) {
                    clusters.union(i, bare);
                }
            }
        }
    }

    /** "Donald Trump" and "Donald J. Trump" are one person. */
    private static void mergePersonVariants(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group a = groups.get(i);
            if (a.tokens.length < 2 || a.type() != EntityType.PERSON) {
                continue;
            }
            for (int j = i + 1; j < groups.size(); j++) {
                Group b = groups.get(j);
                if (b.tokens.length >= 2
                        && b.type() == EntityType.PERSON
                        && a.tokens[0].equals(b.tokens[0])
                        && a.tokens[a.tokens.length - 1].equals(b.tokens[b.tokens.length - 1])) {
                    clusters.union(i, j);
                }
            }
        }
    }

    /**
     * "Witkoff" after "Steve Witkoff" is him, when no other person of the article shares it; a word
     * that is no person joins the one organisation or event it ends ("Pacers", "Kalmaegi").
     */
    private static void mergeSurnames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            if (isPlaceInContext(shortForm)) {
                // "en France" beside "Altice France": the country the lists and the text agree on.
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            boolean mayBeSurname = !shortForm.clearlyNotPerson() || shortForm.known == null;
            // "Montenegro" after "Luis Montenegro", never in a place's context: a surname that is
            // also a listed place is the person the article named first.
            boolean placeAsSurname =
                    !mayBeSurname
                            && shortForm.tokens.length == 1
                            && shortForm.known.type() == EntityType.LOCATION;
            for (int j = 0; j < groups.size() && (mayBeSurname || placeAsSurname); j++) {
                Group full = groups.get(j);
                if (full.tokens.length > shortForm.tokens.length
                        && full.type() == EntityType.PERSON
                        && endsWith(full.tokens, shortForm.tokens)) {
                    candidates.add(clusters.find(j));
                }
            }
            if (placeAsSurname && !candidates.isEmpty()) {
                candidates = introducedBefore(shortForm, candidates, groups, clusters);
            }
            for (int j = 0; j < groups.size() && candidates.isEmpty(); j++) {
                Group full = groups.get(j);
                if (full.type() == EntityType.PERSON && isFirstOfTwoSurnames(shortForm, full)) {
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() > 1) {
                // "Delgado" between "Marcus Delgado" and "his mother, Rosa Delgado": the person
                // the article had named when the surname came, if it comes before the other.
                candidates = introducedBefore(shortForm, candidates, groups, clusters);
            }
            boolean surnameOfAPerson = !candidates.isEmpty();
            if (candidates.isEmpty()
                    && shortForm.tokens.length == 1
                    && shortForm.type() != EntityType.LOCATION) {
                // "Kalmaegi" after "Typhoon Kalmaegi", "Pacers" after "Indiana Pacers"; such an
                // alias takes its entity's type rather than voting on it.
                shortForm.alias = true;
                for (int j = 0; j < groups.size(); j++) {
                    Group full = groups.get(j);
                    if ((full.tokens.length > 1
                                    && (full.type() == EntityType.ORGANIZATION
                                            || full.type() == EntityType.MISC)
                                    && endsWith(full.tokens, shortForm.tokens))
                            || isNamedPlace(full, shortForm)
                            || isPersonTakenForAPlace(full, shortForm, groups)) {
                        candidates.add(clusters.find(j));
                    }
                }
            }
            if (candidates.size() == 1 && shortForm.alias && standsForAPerson(shortForm, groups)) {
                // "Musk" after "Elon Musk's plan", which the engine took for a company: a lone
                // surname the engine reads as a person is how news refers to a person; it votes.
                shortForm.alias = false;
                shortForm.votes.merge(EntityType.PERSON, 1.0, Double::sum);
            }
            if (candidates.size() == 1) {
                if (!shortForm.alias) {
                    // "Bolloré" after "Vincent Bolloré" is him, not the group named after him.
                    shortForm.forgetKnown();
                }
                if (surnameOfAPerson) {
                    // "Saka" after "Bukayo Saka": the engine's guess on a lone surname that
                    // another type fits better does not outvote the full name's.
                    shortForm.votes.keySet().removeIf(type -> type != EntityType.PERSON);
                }
                clusters.union(i, candidates.iterator().next());
            } else {
                shortForm.alias = false;
            }
        }
    }

    /**
     * "Thwaites" after "Thwaites Glacier": a name and the kind of place it names; "Parliament" is
     * not "Parliament Buildings".
     */
    private static boolean isNamedPlace(Group full, Group shortForm) {
        return full.type() == EntityType.LOCATION
                && !INSTITUTION_HEADS.contains(shortForm.key)
                && full.tokens.length == 2
                && full.tokens[0].equals(shortForm.tokens[0])
                && ContextEvidence.endsAPlaceName(full.tokens[1]);
    }

    /**
     * "Whitecloud" after "the NDP's Jordan Whitecloud", which the engine took for a place (Jordan):
     * a two-word name on no list, ending with a lone name the engine reads as a person.
     */
    private static boolean isPersonTakenForAPlace(Group full, Group shortForm, List<Group> groups) {
        return full.type() == EntityType.LOCATION
                && full.tokens.length == 2
                && full.tokens[1].equals(shortForm.tokens[0])
                && standsForAPerson(shortForm, groups);
    }

    /**
     * Whether a one-word name the engine reads as a person is the surname of the one two-word name
     * of the article it ends, that name being neither on the shipped list nor typed by its context
     * ("Typhoon Kalmaegi"): then both name a person, whatever the engine made of the full name.
     */
    private static boolean standsForAPerson(Group shortForm, List<Group> groups) {
        if (shortForm.type() != EntityType.PERSON || shortForm.known != null) {
            return false;
        }
        List<Group> full =
                groups.stream()
                        .filter(g -> g.tokens.length > 1 && endsWith(g.tokens, shortForm.tokens))
                        .toList();
        return full.size() == 1
                && full.get(0).tokens.length == 2
                && full.get(0).known == null
                && full.get(0).mentions.stream().allMatch(m -> m.evidence() == null);
    }

    /**
     * "the All Blacks" and "New Zealand" in one report are the team: the country's mentions take
     * the team's type, as news names a national team by either. A club's nickname is the one club
     * of the article it names ("Spurs", "the Gunners").
     */
    private static void mergeTeamNicknames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Set<String> countries = NameLexicon.TEAM_NICKNAMES.get(groups.get(i).key);
            if (countries == null) {
                continue;
            }
            for (int j = 0; j < groups.size(); j++) {
                if (countries.contains(groups.get(j).key)) {
                    groups.get(j).alias = true;
                    clusters.union(i, j);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Set<String> names = NameLexicon.CLUB_NICKNAMES.get(groups.get(i).key);
            if (names == null || groups.get(i).type() == EntityType.PERSON) {
                continue;
            }
            Set<Integer> clubs = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && names.contains(groups.get(j).key)) {
                    clubs.add(clusters.find(j));
                }
            }
            if (clubs.size() == 1) {
                // "Spurs" after "Tottenham Hotspur": the club's nickname.
                groups.get(i).alias = true;
                clusters.union(i, clubs.iterator().next());
            }
        }
    }

    /**
     * "Congo" beside "Democratic Republic of Congo": a short name the list gives to another country
     * (the Republic of the Congo) but marks as ambiguous is the article's one official name of a
     * country it ends, unless the article also names that other country.
     */
    private static void mergeAmbiguousShortPlaceNames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            if (shortForm.tokens.length != 1
                    || shortForm.known == null
                    || !shortForm.known.country()
                    || !KnownNames.SHIPPED.ambiguous(shortForm.key)) {
                continue;
            }
            int listedPlace = shortForm.known.id();
            Set<Integer> longer = new HashSet<>();
            boolean listedPlaceNamed = false;
            for (int j = 0; j < groups.size(); j++) {
                Group other = groups.get(j);
                if (j == i || other.known == null) {
                    continue;
                }
                listedPlaceNamed |= other.known.id() == listedPlace;
                if (other.tokens.length >= 3
                        && other.known.country()
                        && endsWith(other.tokens, shortForm.tokens)) {
                    longer.add(clusters.find(j));
                }
            }
            if (longer.size() == 1 && !listedPlaceNamed) {
                shortForm.forgetKnown();
                clusters.union(i, longer.iterator().next());
            }
        }
    }

    /**
     * Names of one entity of the shipped list ("Fed" and "Federal Reserve", "Otan" and "Alliance
     * atlantique") are one entity.
     */
    private static void mergeKnownAliases(List<Group> groups, UnionFind clusters) {
        Map<Integer, Integer> firstByKnown = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            KnownNames.Known known = groups.get(i).known;
            if (known != null) {
                Integer first = firstByKnown.putIfAbsent(known.id(), i);
                if (first != null) {
                    clusters.union(first, i);
                }
            }
        }
    }

    /**
     * "Rachel" after "Rachel Reeves", when she is the only person of the article with that first
     * name and the engine saw a person in it.
     */
    private static void mergeFirstNames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            // "Awa" after "Awa Diabaté", which the engine took for a place: a listed given name
            // alone is the one person of the article who bears it, whatever the engine's guess.
            boolean unlisted = shortForm.tokens.length == 1 && shortForm.known == null;
            boolean givenName = unlisted && GivenNames.SHIPPED.contains(shortForm.tokens[0]);
            if (shortForm.tokens.length != 1
                    || (shortForm.type() != EntityType.PERSON && !unlisted)) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (full.tokens.length > 1
                        && (full.tokens.length == 2 || shortForm.type() == EntityType.PERSON)
                        && full.type() == EntityType.PERSON
                        && full.tokens[0].equals(shortForm.tokens[0])
                        && (shortForm.type() == EntityType.PERSON
                                || givenName
                                || namedBySurnameAlone(groups, clusters, j))) {
                    // Only a given name and a surname for a short form the engine did not read
                    // as a person: "Jasper" beside "Jasper Park Lodge" is the town.
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1 && clusters.alone(i)) {
                if (shortForm.type() != EntityType.PERSON) {
                    shortForm.alias = true;
                }
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    /** "Saka" beside "Bukayo Saka": the person is also named by the surname alone. */
    private static boolean namedBySurnameAlone(List<Group> groups, UnionFind clusters, int full) {
        String surname = groups.get(full).tokens[groups.get(full).tokens.length - 1];
        for (int k = 0; k < groups.size(); k++) {
            if (k != full
                    && groups.get(k).tokens.length == 1
                    && groups.get(k).tokens[0].equals(surname)
                    && clusters.find(k) == clusters.find(full)) {
                return true;
            }
        }
        return false;
    }

    /** "Nvidia" and "Nvidia Corp", "Meta" and "Meta Platforms Inc": one company. */
    private static void mergeCorporateForms(List<Group> groups, UnionFind clusters) {
        Map<String, Integer> organisations = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).type() == EntityType.ORGANIZATION) {
                organisations.putIfAbsent(groups.get(i).key, i);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group full = groups.get(i);
            if (full.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int length = full.tokens.length;
            while (length > 1 && NameLexicon.CORPORATE_FORMS.contains(full.tokens[length - 1])) {
                length--;
                Integer bare =
                        organisations.get(String.join(" ", Arrays.copyOf(full.tokens, length)));
                if (bare != null && bare != i) {
                    clusters.union(i, bare);
                }
            }
        }
    }

    /**
     * "Elliott" after "Elliott Management", "Racing" after "Racing Club de Strasbourg",
     * "Laroche-Mercier" after "Banque Laroche-Mercier", "Lens" after "RC Lens": an organisation
     * named again by the start of its name, or without its generic first word, when that names
     * nothing else of the article. A place is taken for such a short form only when the rest is a
     * generic word ("Oncorhône Therapeutics"), so "Paris" stays the city beside "Paris
     * Saint-Germain"; a name of the shipped list is its own entity ("Google" beside "Google
     * DeepMind").
     */
    private static void mergeOrganisationShortForms(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            if (shortForm.known != null || !clusters.alone(i) || isNationality(shortForm)) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            boolean namesSomeoneElse = false;
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (j == i || full.tokens.length <= shortForm.tokens.length) {
                    continue;
                }
                if (full.type() == EntityType.PERSON
                        && Arrays.asList(full.tokens).contains(shortForm.tokens[0])) {
                    namesSomeoneElse = true;
                }
                if (full.type() != EntityType.ORGANIZATION) {
                    continue;
                }
                int extra = full.tokens.length - shortForm.tokens.length;
                boolean prefix = startsWith(full.tokens, shortForm.tokens);
                boolean genericFirst =
                        endsWith(full.tokens, shortForm.tokens)
                                && extra == 1
                                && ContextEvidence.startsAnOrganisationName(full.tokens[0]);
                boolean genericRest =
                        prefix
                                && extra == 1
                                && ContextEvidence.endsAnOrganisationName(
                                        full.tokens[full.tokens.length - 1]);
                boolean place = shortForm.type() == EntityType.LOCATION;
                boolean surelyAPlace =
                        place
                                && shortForm.mentions.stream()
                                        .anyMatch(m -> m.evidence() == EntityType.LOCATION);
                if (!surelyAPlace && ((prefix && !place) || genericRest || genericFirst)) {
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1 && !namesSomeoneElse) {
                shortForm.alias = true;
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    /** Heads (folded) of assemblies and institutions that news names again by the head alone. */
    private static final Set<String> INSTITUTION_HEADS =
            Set.of(
                    "parliament",
                    "commission",
                    "congress",
                    "senate",
                    "assembly",
                    "house",
                    "parlement",
                    "senat",
                    "congres",
                    "assemblee");

    /** Last words (folded) of a body that is part of an institution: "Senate … Committee". */
    private static final Set<String> PART_OF_AN_INSTITUTION =
            Set.of("committee", "subcommittee", "caucus", "panel", "delegation", "office");

    /**
     * "the European Parliament … Parliament", "the Michigan House of Representatives … the House",
     * "le Parlement européen … le Parlement": an institution named again by its head alone is the
     * one institution of the article with that head.
     */
    private static void mergeInstitutionHeads(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group head = groups.get(i);
            if (head.tokens.length != 1
                    || !INSTITUTION_HEADS.contains(head.key)
                    || !clusters.alone(i)
                    || head.type() == EntityType.PERSON) {
                continue;
            }
            Set<Integer> institutions = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (j != i
                        && full.tokens.length > 1
                        && full.type() == EntityType.ORGANIZATION
                        && Arrays.asList(full.tokens).contains(head.key)
                        && !PART_OF_AN_INSTITUTION.contains(full.tokens[full.tokens.length - 1])) {
                    institutions.add(clusters.find(j));
                }
            }
            if (institutions.size() == 1) {
                head.alias = true;
                clusters.union(i, institutions.iterator().next());
            }
        }
    }

    /** French particles (folded keys) between a place's head and its complement. */
    private static final List<String> PLACE_COMPLEMENT_LINKS =
            List.of(" du ", " de la ", " de l ", " des ", " de ", " d ");

    /**
     * "la Cour d'honneur du palais des Papes … la Cour d'honneur": a place of two words or more
     * named again without its complement is the one place of the article it opens.
     */
    private static void mergePlaceHeads(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group head = groups.get(i);
            if (head.tokens.length < 2 || head.type() != EntityType.LOCATION) {
                continue;
            }
            Set<Integer> places = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (j != i && full.type() == EntityType.LOCATION && full.key.startsWith(head.key)) {
                    String rest = full.key.substring(head.key.length()) + " ";
                    if (PLACE_COMPLEMENT_LINKS.stream().anyMatch(rest::startsWith)) {
                        places.add(clusters.find(j));
                    }
                }
            }
            if (places.size() == 1) {
                clusters.union(i, places.iterator().next());
            }
        }
    }

    /** How French towns name their river, sea or region after their own name: "Fos-sur-Mer". */
    private static final Set<String> TOWN_NAME_LINKS = Set.of("sur", "sous", "les", "en");

    /** Articles (folded) that open a town's name: "Le Grand-Bornand", "Les Sables-d'Olonne". */
    private static final Set<String> TOWN_ARTICLES = Set.of("le", "la", "les", "l");

    /** Particles (folded) before the last part of a compound town name: "Bagnères-de-Luchon". */
    private static final Set<String> TOWN_NAME_PARTICLES = Set.of("de", "du", "des", "d");

    /**
     * "CHAMONIX-MONT-BLANC, 3 mars (AFP) -" … "à Chamonix", "BAGNÈRES-DE-LUCHON" … "Luchon": a
     * dateline gives a town's full compound name, the story its everyday short form, the start of
     * the name or its last part after "de". The short form joins the dateline's town when it is a
     * place on no list ("Marseille" stays apart from a "Marseille-Fos" port) and no other place of
     * the article is named so.
     */
    private static void mergeDatelineTownShortForms(
            String text, List<Group> groups, UnionFind clusters, Dateline dateline) {
        if (dateline == null) {
            return;
        }
        int town = -1;
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            boolean inDateline =
                    group.mentions.stream()
                            .anyMatch(
                                    m ->
                                            m.begin() >= dateline.placeBegin()
                                                    && m.end() <= dateline.placeEnd()
                                                    && text.substring(m.begin(), m.end())
                                                            .matches(
                                                                    "(?:(?i:le|la|les)"
                                                                        + " )?[^\\s]+-[^\\s]+"));
            if (inDateline && group.type() == EntityType.LOCATION) {
                town = i;
            }
        }
        if (town < 0) {
            return;
        }
        String[] full = groups.get(town).tokens;
        if (full.length > 2 && TOWN_ARTICLES.contains(full[0])) {
            // "LES SABLES-D'OLONNE" … "aux Sables": the article goes with the preposition.
            full = Arrays.copyOfRange(full, 1, full.length);
        }
        Integer shortForm = null;
        for (int j = 0; j < groups.size(); j++) {
            Group group = groups.get(j);
            if (j == town
                    || group.type() != EntityType.LOCATION
                    || group.known != null
                    || group.tokens.length >= full.length) {
                continue;
            }
            int n = group.tokens.length;
            boolean start =
                    startsWith(full, group.tokens)
                            && !TOWN_NAME_PARTICLES.contains(group.tokens[n - 1])
                            && !TOWN_NAME_LINKS.contains(group.tokens[n - 1]);
            boolean lastPart =
                    endsWith(full, group.tokens)
                            && TOWN_NAME_PARTICLES.contains(full[full.length - n - 1]);
            if (start || lastPart) {
                if (shortForm != null && clusters.find(shortForm) != clusters.find(j)) {
                    return;
                }
                shortForm = j;
            }
        }
        if (shortForm != null) {
            clusters.union(town, shortForm);
        }
    }

    /**
     * "Fos" after "Fos-sur-Mer", "Châlons" after "Châlons-en-Champagne": a French town named again
     * without its river, sea or region, when no other place of the article starts so.
     */
    private static void mergeTownShortForms(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            if (shortForm.tokens.length != 1 || !clusters.alone(i)) {
                continue;
            }
            Set<Integer> towns = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group town = groups.get(j);
                if (j != i
                        && town.type() == EntityType.LOCATION
                        && town.tokens.length == 3
                        && town.tokens[0].equals(shortForm.tokens[0])
                        && TOWN_NAME_LINKS.contains(town.tokens[1])
                        && town.surfaces.keySet().stream().anyMatch(s -> s.indexOf(' ') < 0)) {
                    towns.add(clusters.find(j));
                }
            }
            if (towns.size() == 1) {
                clusters.union(i, towns.iterator().next());
            }
        }
    }

    /**
     * "le Tour de France 2027" and "le Tour de France", "la Coupe du monde 2027" and "la Coupe du
     * monde": an event named with its year is the event of the article.
     */
    private static void mergeEditions(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            String[] edition = groups.get(i).tokens;
            int n = edition.length;
            if (n < 2 || !edition[n - 1].matches("(?:19|20)\\d\\d")) {
                continue;
            }
            String event = String.join(" ", Arrays.copyOf(edition, n - 1));
            for (int j = 0; j < groups.size(); j++) {
                if (groups.get(j).key.equals(event)) {
                    clusters.union(i, j);
                }
            }
        }
    }

    /** Short forms (keys) news gives one event whatever else the article names: "le Tour". */
    private static final Map<String, String> CUSTOMARY_SHORT_FORMS =
            Map.of("tour", "tour de france", "dauphine", "criterium du dauphine");

    /**
     * "le Tour" after "le Tour de France", "le Dauphiné" after "le Critérium du Dauphiné": a
     * competition named again by its first or last word alone, when no other name of the article
     * has that word.
     */
    private static void mergeCompetitionShortForms(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group shortForm = groups.get(i);
            String customary = CUSTOMARY_SHORT_FORMS.get(shortForm.key);
            if (customary != null && clusters.alone(i) && shortForm.type() != EntityType.PERSON) {
                // "le Tour" is the Tour de France even beside the Tour de Romandie; the engine
                // often reads it as a place.
                Set<Integer> events = new HashSet<>();
                for (int j = 0; j < groups.size(); j++) {
                    String key = groups.get(j).key;
                    if (key.equals(customary)
                            || (key.startsWith(customary + " ")
                                    && key.substring(customary.length() + 1).matches("\\d{4}"))) {
                        events.add(clusters.find(j));
                    }
                }
                if (events.size() == 1) {
                    shortForm.alias = true;
                    clusters.union(i, events.iterator().next());
                    continue;
                }
            }
            if (shortForm.tokens.length != 1
                    || shortForm.known != null
                    || !clusters.alone(i)
                    || shortForm.type() != EntityType.MISC) {
                continue;
            }
            String word = shortForm.tokens[0];
            if (isNationality(shortForm)) {
                // "Italian" beside "Italian Open": a nationality, not the tournament.
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            boolean namesSomethingElse = false;
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (j == i
                        || full.tokens.length < 2
                        || !Arrays.asList(full.tokens).contains(word)) {
                    continue;
                }
                boolean firstOrLast =
                        full.tokens[0].equals(word)
                                || full.tokens[full.tokens.length - 1].equals(word);
                if (firstOrLast && full.type() == EntityType.MISC) {
                    candidates.add(clusters.find(j));
                } else {
                    namesSomethingElse = true;
                }
            }
            if (candidates.size() == 1 && !namesSomethingElse) {
                shortForm.alias = true;
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    /**
     * "Quispe" after "Rafael Quispe Salazar": Spanish and Portuguese names carry two surnames, and
     * news names the person again by the first.
     */
    private static boolean isFirstOfTwoSurnames(Group shortForm, Group full) {
        if (shortForm.tokens.length != 1
                || NameLexicon.FUNCTION_WORDS.contains(shortForm.tokens[0])) {
            return false;
        }
        for (int k = 1; k + 2 < full.tokens.length; k++) {
            if (full.tokens[k].equals(shortForm.tokens[0])
                    && PORTUGUESE_PARTICLES.contains(full.tokens[k + 1])) {
                // "Lula" of "Luiz Inacio Lula da Silva": the name before "da Silva", however
                // common as a given name.
                return true;
            }
        }
        return full.tokens.length == 3
                && full.tokens[1].equals(shortForm.tokens[0])
                && GivenNames.SHIPPED.contains(full.tokens[0])
                && !GivenNames.SHIPPED.contains(full.tokens[1]);
    }

    /** Particles (folded) of Portuguese surnames: "Lula da Silva", "Conceição dos Santos". */
    private static final Set<String> PORTUGUESE_PARTICLES = Set.of("da", "do", "das", "dos");

    /**
     * Of several people sharing a surname, the one whose name the article gave before any mention
     * of the lone surname; or none. News names the others in full or by a relation ("his father")
     * once the surname alone is taken.
     */
    private static Set<Integer> introducedBefore(
            Group shortForm, Set<Integer> candidates, List<Group> groups, UnionFind clusters) {
        Map<Integer, Integer> firstBegin = new HashMap<>();
        for (int j = 0; j < groups.size(); j++) {
            int root = clusters.find(j);
            if (candidates.contains(root)
                    && groups.get(j).tokens.length > shortForm.tokens.length) {
                firstBegin.merge(root, groups.get(j).mentions.get(0).begin(), Math::min);
            }
        }
        int from = shortForm.mentions.get(0).begin();
        Set<Integer> before = new HashSet<>();
        for (var candidate : firstBegin.entrySet()) {
            if (candidate.getValue() < from) {
                before.add(candidate.getKey());
            }
        }
        return before.size() == 1 ? before : Set.of();
    }

    /** Country prefixes (as keys) of bodies' names: "U.S. Federal Reserve", "UK Space Agency". */
    private static final List<String> COUNTRY_PREFIX_KEYS = List.of("u s ", "us ", "u n ", "uk ");

    /**
     * The listed entity a name is, its country prefix left out when the list knows the body without
     * it: "U.S. Federal Reserve" is the Federal Reserve, the "Fed" of the same article.
     */
    private static KnownNames.Known knownWithoutCountry(String key) {
        KnownNames.Known known = KnownNames.SHIPPED.lookup(key);
        for (int i = 0; known == null && i < COUNTRY_PREFIX_KEYS.size(); i++) {
            if (key.startsWith(COUNTRY_PREFIX_KEYS.get(i))) {
                KnownNames.Known body =
                        KnownNames.SHIPPED.lookup(
                                key.substring(COUNTRY_PREFIX_KEYS.get(i).length()));
                if (body != null && body.type() == EntityType.ORGANIZATION) {
                    known = body;
                }
            }
        }
        return known;
    }

    /** A listed place that the context of one of its mentions calls a place too. */
    private static boolean isPlaceInContext(Group group) {
        return group.known != null
                && group.known.type() == EntityType.LOCATION
                && group.mentions.stream().anyMatch(m -> m.evidence() == EntityType.LOCATION);
    }

    /**
     * "Indonesian" beside "Indonesian Iron and Steel Industry Association": a nationality alone is
     * no short form of a name it begins.
     */
    private static boolean isNationality(Group group) {
        return group.tokens.length == 1
                && (BodyNames.isNationality(group.tokens[0])
                        || ContextEvidence.frenchDemonym(group.tokens[0]));
    }

    private static boolean startsWith(String[] tokens, String[] prefix) {
        if (prefix.length > tokens.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!tokens[i].equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a match report, "Clermont" after "ASM Clermont Auvergne", "Toronto" after "Toronto Maple
     * Leafs", "Kansas City" after "Kansas City Chiefs": a town that is a word of one club's name in
     * the article is that club; the dateline's town stays the town.
     */
    /**
     * @return the towns joined to their club
     */
    private static Set<Integer> mergeClubTowns(
            String text, List<Group> groups, UnionFind clusters, Dateline dateline) {
        Set<Integer> joined = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Group town = groups.get(i);
            String adjective = NameLexicon.CLUB_TOWN_ADJECTIVES.get(town.key);
            if ((town.tokens.length != 1 && adjective == null && town.type() != EntityType.LOCATION)
                    || town.type() == EntityType.PERSON
                    // "Cholet se déplacera à Gravelines pour affronter le BCM Gravelines".
                    || town.mentions.stream().allMatch(m -> SportsReport.isTheTown(text, m))
                    || (dateline != null
                            && town.mentions.stream()
                                    .anyMatch(m -> dateline.contains(m.begin(), m.end())))) {
                continue;
            }
            Set<Integer> clubs = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group club = groups.get(j);
                List<String> words = List.of(club.tokens);
                // "Stade toulousain" is the club of Toulouse, "Stade rochelais" of La Rochelle.
                boolean byAdjective = adjective != null && words.contains(adjective);
                int at = byAdjective ? 0 : Collections.indexOfSubList(words, List.of(town.tokens));
                if (j != i
                        && club.tokens.length > (byAdjective ? 1 : town.tokens.length)
                        && club.type() == EntityType.ORGANIZATION
                        && at >= 0
                        && !(at + town.tokens.length < club.tokens.length
                                && club.tokens[at + town.tokens.length].equals("city"))) {
                    // "Oklahoma" is not the "Oklahoma City Thunder": their town is another.
                    clubs.add(clusters.find(j));
                }
            }
            if (clubs.size() == 1) {
                // The engine reads the town as a place; the club's own name says what it is.
                town.alias = true;
                clusters.union(i, clubs.iterator().next());
                joined.add(i);
            }
        }
        return joined;
    }

    /**
     * The dateline's town and the same town in the body stay two entities only when the body's is a
     * club: "TOULOUSE" the place, "Toulouse a mené" the Stade toulousain. Otherwise they are one.
     */
    private static void rejoinDateline(
            List<Group> groups, UnionFind clusters, Dateline dateline, Set<Integer> clubTowns) {
        if (dateline == null) {
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (group.mentions.stream().noneMatch(m -> dateline.contains(m.begin(), m.end()))) {
                continue;
            }
            for (int j = 0; j < groups.size(); j++) {
                if (j != i
                        && !clubTowns.contains(j)
                        && groups.get(j).key.equals(group.key)
                        && groups.get(j).type() != EntityType.ORGANIZATION) {
                    // "Lens a renversé Strasbourg" under "LENS": the body's town is the club.
                    clusters.union(i, j);
                }
            }
        }
    }

    /**
     * "The typhoon, known locally as Ester": the article's one named storm ("Typhoon Sinlaku") has
     * that other name too; the name takes the storm's type.
     */
    private static void mergeStormLocalNames(String text, List<Group> groups, UnionFind clusters) {
        Set<Integer> storms = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (ContextEvidence.namesAStorm(groups.get(i).tokens)) {
                storms.add(clusters.find(i));
            }
        }
        if (storms.size() != 1) {
            return;
        }
        int storm = storms.iterator().next();
        for (int i = 0; i < groups.size(); i++) {
            for (CleanMention mention : groups.get(i).mentions) {
                int from = Math.max(0, mention.begin() - 40);
                boolean localName =
                        LOCAL_NAME_BEFORE.matcher(text).region(from, mention.begin()).find();
                int around = Math.max(0, mention.begin() - 50);
                if (localName
                        && STORM_NOUN
                                .matcher(text)
                                .region(around, Math.min(text.length(), mention.end() + 40))
                                .find()
                        && clusters.find(i) != storm) {
                    groups.get(i).alias = true;
                    clusters.union(storm, i);
                }
            }
        }
    }

    /**
     * "the anniversary of Katrina" after "Hurricane Katrina", whatever the engine took the bare
     * name for: a storm named again without its storm word, when one storm of the article has that
     * name.
     */
    private static void mergeStormShortNames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group bare = groups.get(i);
            if (bare.tokens.length != 1 || !clusters.alone(i)) {
                continue;
            }
            Integer storm = null;
            for (int j = 0; j < groups.size(); j++) {
                String[] name = groups.get(j).tokens;
                if (ContextEvidence.namesAStorm(name)
                        && name[name.length - 1].equals(bare.tokens[0])) {
                    if (storm != null && clusters.find(storm) != clusters.find(j)) {
                        storm = null;
                        break;
                    }
                    storm = j;
                }
            }
            if (storm != null) {
                bare.alias = true;
                clusters.union(storm, i);
            }
        }
    }

    /** Heads (folded) of French schools and centres named after someone: "lycée Jean-Rostand". */
    private static final Set<String> NAMED_AFTER_SOMEONE_HEADS =
            Set.of("lycee", "college", "ecole", "centre", "stade", "hopital");

    /**
     * "Saint-Exupéry" after "le lycée Saint-Exupéry": the school, named by whom it is named after;
     * the name takes the school's type.
     */
    private static void mergeNamedAfterSomeone(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group body = groups.get(i);
            if (body.tokens.length < 3 || !NAMED_AFTER_SOMEONE_HEADS.contains(body.tokens[0])) {
                continue;
            }
            String name = body.key.substring(body.tokens[0].length() + 1);
            for (int j = 0; j < groups.size(); j++) {
                if (groups.get(j).key.equals(name)) {
                    groups.get(j).alias = true;
                    clusters.union(i, j);
                }
            }
        }
    }

    /**
     * "OTAN" with "Organisation du traité de l'Atlantique Nord", or written "(OTAN)" after it; a
     * name and the other name it is "known as".
     */
    private static void mergeAcronyms(String text, List<Group> groups, UnionFind clusters) {
        Map<Long, Integer> groupByMentionBegin = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (CleanMention mention : groups.get(i).mentions) {
                groupByMentionBegin.put((long) mention.begin(), i);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            for (CleanMention mention : groups.get(i).mentions) {
                var knownAs = KNOWN_AS.matcher(text).region(mention.end(), text.length());
                Integer alias =
                        knownAs.lookingAt() ? groupByMentionBegin.get((long) knownAs.end()) : null;
                if (alias != null && alias != i) {
                    // "Mohamed Hamdan Dagalo, known as Hemedti": one person, two names.
                    clusters.union(alias, i);
                }
                var or = OR_ACRONYM.matcher(text).region(mention.end(), text.length());
                Integer acronym = or.lookingAt() ? groupByMentionBegin.get((long) or.end()) : null;
                if (acronym != null
                        && acronym != i
                        && groups.get(i).tokens.length >= 2
                        && groups.get(i).type() == EntityType.ORGANIZATION
                        && groups.get(acronym).writtenInCapitals()) {
                    // "the General Confederation of Greek Workers, or GSEE": a body and its
                    // acronym, in whatever language the acronym is spelled.
                    clusters.union(acronym, i);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group expansion = groups.get(i);
            if (expansion.tokens.length < 2) {
                continue;
            }
            for (CleanMention mention : expansion.mentions) {
                var parenthesis =
                        OPEN_PARENTHESIS.matcher(text).region(mention.end(), text.length());
                if (parenthesis.lookingAt()) {
                    Integer acronym = groupByMentionBegin.get((long) parenthesis.end());
                    if (acronym != null
                            && expansion.type() == EntityType.PERSON
                            && groups.get(acronym).key.length() >= 3
                            && initials(expansion.tokens).equals(groups.get(acronym).key)) {
                        // "Tamilaga Vettri Kazhagam (TVK)": initials in parentheses spell a
                        // body, which the engine took for a person by its unfamiliar words.
                        expansion.votes.remove(EntityType.PERSON);
                        expansion.votes.merge(EntityType.ORGANIZATION, 1.0, Double::sum);
                        clusters.union(acronym, i);
                    } else if (acronym != null
                            && (groups.get(acronym).tokens.length == 1
                                    || (groups.get(acronym).writtenInCapitals()
                                            && expansion.type() != EntityType.LOCATION))
                            && expansion.type() != EntityType.PERSON
                            && !(expansion.type() == EntityType.LOCATION
                                    && groups.get(acronym).type() == EntityType.LOCATION)) {
                        // "Gérard Larcher (LR)": a person and the party in parentheses are two.
                        // "CARHAIX-PLOUGUER (Finistère)": a place then its region, no acronym.
                        clusters.union(acronym, i);
                        if (groups.get(acronym).tokens.length > 1
                                && groups.get(acronym).type() == EntityType.ORGANIZATION) {
                            // "Christen-Democratisch en Vlaams (CD&V)": an acronym of several
                            // parts in capitals names a party or a body, whatever the engine
                            // made of the foreign words before it.
                            expansion.votes.merge(EntityType.ORGANIZATION, 1.0, Double::sum);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group acronym = groups.get(i);
            if (!acronym.writtenAsAcronym()) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group expansion = groups.get(j);
                if (expansion.tokens.length >= 2
                        && expansion.type() != EntityType.PERSON
                        && (initials(expansion.tokens).equals(acronym.key)
                                || initialsBeforeItsPlace(expansion.tokens).equals(acronym.key)
                                || initialsAfterAPrefix(expansion).equals(acronym.key))) {
                    // "ARS" for "l'Agence régionale de santé des Pays de la Loire", "RFS" for the
                    // "NSW Rural Fire Service".
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1) {
                clusters.union(i, candidates.iterator().next());
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group acronymOfAPlace = groups.get(i);
            String[] tokens = acronymOfAPlace.tokens;
            if (tokens.length < 2
                    || !acronymOfAPlace.surfaces.keySet().stream()
                            .allMatch(s -> isAllCaps(s.split(" ")[0]))
                    || tokens[0].length() < 2
                    || !isListedPlace(Arrays.copyOfRange(tokens, 1, tokens.length))) {
                continue;
            }
            // "ARS Nouvelle-Aquitaine" for "l'agence régionale de santé de Nouvelle-Aquitaine".
            Set<Integer> candidates = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group expansion = groups.get(j);
                if (j != i
                        && expansion.tokens.length > tokens.length
                        && expansion.type() != EntityType.PERSON
                        && endsWith(expansion.tokens, Arrays.copyOfRange(tokens, 1, tokens.length))
                        && initialsBeforeItsPlace(expansion.tokens).equals(tokens[0])) {
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1) {
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    /**
     * The initials of a body's name without the place that ends it after a link word ("de la
     * Somme", "du Gard", "of Texas"); empty when it does not end with a listed place.
     */
    private static String initialsBeforeItsPlace(String[] tokens) {
        // The longest place first: "des [Pays de la Loire]", not "de la [Loire]".
        for (int place = Math.min(4, tokens.length - 2); place >= 1; place--) {
            int link = tokens.length - place - 1;
            if (NameLexicon.FUNCTION_WORDS.contains(tokens[link])
                    && isListedPlace(Arrays.copyOfRange(tokens, link + 1, tokens.length))) {
                int end = link;
                while (end > 0 && NameLexicon.FUNCTION_WORDS.contains(tokens[end - 1])) {
                    end--;
                }
                return initials(Arrays.copyOfRange(tokens, 0, end));
            }
        }
        return "";
    }

    /**
     * The initials of a name without its first word when that word is written in capitals as a
     * place's prefix: "NSW Rural Fire Service" spells "RFS"; empty otherwise.
     */
    private static String initialsAfterAPrefix(Group expansion) {
        if (expansion.tokens.length < 3
                || !expansion.surfaces.keySet().stream()
                        .allMatch(
                                s -> isAllCaps(s.split(" ")[0]) && s.split(" ")[0].length() <= 4)) {
            return "";
        }
        return initials(Arrays.copyOfRange(expansion.tokens, 1, expansion.tokens.length));
    }

    private static boolean isListedPlace(String[] tokens) {
        KnownNames.Known known = KnownNames.SHIPPED.lookup(String.join(" ", tokens));
        return known != null && known.type() == EntityType.LOCATION;
    }

    /**
     * "the Conservatives" after "the Conservative Party", "Democrats" after "the Democratic Party":
     * English names a party by its members.
     */
    private static void mergePartyMembers(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group members = groups.get(i);
            String word = members.tokens[0];
            if (members.tokens.length != 1 || word.length() < 4 || !word.endsWith("s")) {
                continue;
            }
            String member = word.substring(0, word.length() - 1);
            Set<Integer> candidates = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                String[] party = groups.get(j).tokens;
                int n = party.length;
                // "the Liberals" for "the Ontario Liberal Party" too.
                if (n >= 2
                        && n <= 3
                        && party[n - 1].equals("party")
                        && (party[n - 2].equals(member) || party[n - 2].equals(member + "ic"))) {
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1 && clusters.alone(i)) {
                members.alias = true;
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    /**
     * "Singaporean" and "Singaporeans", "Oscar" and "Oscars": a nationality, an award or a product
     * written in the singular and the plural is one thing of the article.
     */
    private static void mergeMiscPlurals(List<Group> groups, UnionFind clusters) {
        Map<String, Integer> singulars = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (group.tokens.length == 1 && group.type() == EntityType.MISC) {
                singulars.putIfAbsent(group.key, i);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            Group plural = groups.get(i);
            if (plural.tokens.length == 1
                    && plural.key.length() > 3
                    && plural.key.endsWith("s")
                    && plural.type() == EntityType.MISC) {
                Integer singular = singulars.get(plural.key.substring(0, plural.key.length() - 1));
                // "Liberals" already named the Liberal Party: "Liberal" may be its member.
                if (singular != null && clusters.alone(singular) && clusters.alone(i)) {
                    clusters.union(singular, i);
                }
            }
        }
    }

    /** Heads that English puts after the subject or before it with "of". */
    private static final Set<String> INVERTIBLE_HEADS = Set.of("department", "ministry");

    /**
     * "the Justice Department" after "the U.S. Department of Justice", "the Defence Ministry" after
     * "the Ministry of Defence": one body, its head before or after its subject.
     */
    private static void mergeInvertedNames(List<Group> groups, UnionFind clusters) {
        for (int i = 0; i < groups.size(); i++) {
            Group inverted = groups.get(i);
            int n = inverted.tokens.length;
            if (n < 2 || !INVERTIBLE_HEADS.contains(inverted.tokens[n - 1])) {
                continue;
            }
            String[] spelledOut = new String[n + 1];
            spelledOut[0] = inverted.tokens[n - 1];
            spelledOut[1] = "of";
            System.arraycopy(inverted.tokens, 0, spelledOut, 2, n - 1);
            Set<Integer> candidates = new HashSet<>();
            for (int j = 0; j < groups.size(); j++) {
                Group full = groups.get(j);
                if (j != i
                        && full.type() == EntityType.ORGANIZATION
                        && full.tokens.length >= spelledOut.length
                        && endsWith(full.tokens, spelledOut)) {
                    candidates.add(clusters.find(j));
                }
            }
            if (candidates.size() == 1) {
                clusters.union(i, candidates.iterator().next());
            }
        }
    }

    private static ArticleEntity toEntity(
            String text, String titleKey, int maxMentions, Dateline dateline, List<Group> cluster) {
        List<CleanMention> mentions = new ArrayList<>();
        Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
        boolean inTitle = false;
        for (Group group : cluster) {
            mentions.addAll(group.mentions);
            if (!group.alias) {
                group.votes.forEach((type, score) -> votes.merge(type, score, Double::sum));
            }
            inTitle |= titleKey.contains(" " + group.key + " ");
        }
        mentions.sort(Comparator.comparingInt(CleanMention::begin));
        List<ArticleMention> articleMentions = new ArrayList<>(mentions.size());
        for (CleanMention mention : mentions) {
            articleMentions.add(
                    new ArticleMention(
                            mention.begin(),
                            mention.end(),
                            text.substring(mention.begin(), mention.end())));
        }
        double frequency = Math.log1p(mentions.size()) / Math.log1p(maxMentions);
        double earliness = 1.0 - (double) mentions.get(0).begin() / Math.max(1, text.length());
        double salience = 0.5 * frequency + 0.3 * earliness + (inTitle ? 0.2 : 0.0);
        salience = Math.round(Math.min(1.0, Math.max(0.0, salience)) * 1000) / 1000.0;
        String name = fullestName(cluster);
        if (dateline != null
                && dateline.contains(mentions.get(0).begin(), mentions.get(0).end())
                && isAllCaps(name)
                && name.equals(articleMentions.get(0).text())
                && !isAllCaps(text.substring(dateline.end()))) {
            // "SAN FRANCISCO" is capitalised by the dateline's style, not by its name; "YAOUNDE"
            // is "Yaoundé" when the article writes it so elsewhere, even inside another name.
            String written = writtenInText(text, name, dateline.end());
            name = written != null ? written : titleCase(name);
        }
        return new ArticleEntity(
                withContractedArticle(name), winner(votes), salience, articleMentions);
    }

    /**
     * "au Havre", "du Creusot", "aux Sables-d'Olonne": French contracts the article of a town whose
     * name starts with "Le" or "Les"; such a town of the shipped lists is named with it.
     */
    private static String withContractedArticle(String name) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        for (String article : CONTRACTED_ARTICLES) {
            KnownNames.Known town = KnownNames.SHIPPED.lookup(key(article + name));
            if (town != null && town.type() == EntityType.LOCATION) {
                return article + name;
            }
        }
        return name;
    }

    /**
     * The longest form; among equals the one not shouted in capitals, then the longest written
     * ("Pennsylvania", not "Pa."), then the most used.
     */
    private static String fullestName(List<Group> cluster) {
        Comparator<Map.Entry<String, Integer>> fullest =
                Comparator.<Map.Entry<String, Integer>>comparingInt(
                                e -> key(e.getKey()).split(" ").length)
                        .thenComparing(e -> !isAllCaps(e.getKey()))
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparingInt(Map.Entry::getValue);
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        for (Group group : cluster) {
            group.surfaces.forEach(
                    (surface, count) -> surfaces.merge(surface, count, Integer::sum));
        }
        return surfaces.entrySet().stream().max(fullest).orElseThrow().getKey();
    }

    private static EntityType winner(Map<EntityType, Double> votes) {
        EntityType best = EntityType.MISC;
        double bestScore = -1;
        for (EntityType type : TYPE_PREFERENCE) {
            double score = votes.getOrDefault(type, 0.0);
            if (score > bestScore) {
                best = type;
                bestScore = score;
            }
        }
        return best;
    }

    static String initials(String[] tokens) {
        StringBuilder initials = new StringBuilder();
        for (String token : tokens) {
            if (!NameLexicon.FUNCTION_WORDS.contains(token)) {
                initials.append(token.charAt(0));
            }
        }
        return initials.toString();
    }

    private static boolean endsWith(String[] tokens, String[] suffix) {
        int length = tokens.length;
        // "Ferdinand Marcos Jr." ends, as a surname, with "Marcos".
        if (length > suffix.length + 1
                && NameLexicon.GENERATIONAL_SUFFIXES.contains(tokens[length - 1])) {
            length--;
        }
        int offset = length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (!tokens[offset + i].equals(suffix[i])) {
                return false;
            }
        }
        return true;
    }

    /** The same name written in normal case in {@code text} from {@code from} on, or null. */
    private static String writtenInText(String text, String capitals, int from) {
        String wanted = key(capitals);
        int length = capitals.length();
        for (int i = from; i + length <= text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))
                    && !Character.isLetter(text.charAt(i - 1))
                    && (i + length == text.length()
                            || !Character.isLetter(text.charAt(i + length)))) {
                String candidate = text.substring(i, i + length);
                if (!isAllCaps(candidate) && key(candidate).equals(wanted)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String titleCase(String capitals) {
        StringBuilder name = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            name.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        // "BAGNÈRES-DE-LUCHON": the particles inside a compound place name stay lower case.
        return LOWER_CASE_PARTICLES.matcher(name).replaceAll(match -> match.group().toLowerCase());
    }

    private static boolean isAllCaps(String surface) {
        return surface.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Case, accents, periods and punctuation do not make another name: "U.S." is "us". */
    static String key(String surface) {
        String folded = NameLexicon.fold(surface).replace(".", "");
        return NON_WORD.matcher(folded).replaceAll(" ").trim();
    }

    /** The mentions that share one surface key. */
    private static final class Group {
        final String key;
        final String[] tokens;
        final List<CleanMention> mentions = new ArrayList<>();
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
        private int personVotes;
        boolean alias;
        private final Map<EntityType, Integer> otherVotes = new EnumMap<>(EntityType.class);

        /** The entity of the shipped list this name is, if any. */
        KnownNames.Known known;

        private final double knownWeight;
        private double knownVotes;

        Group(String key) {
            this.key = key;
            this.tokens = key.split(" ");
            this.known = knownWithoutCountry(key);
            // A name that is also a common word or a place only tips a close call.
            this.knownWeight = KnownNames.SHIPPED.ambiguous(key) ? 0.75 : 1.5;
        }

        /** The name is someone's surname here: the list's entity of that name is not meant. */
        void forgetKnown() {
            if (known != null) {
                votes.merge(known.type(), -knownVotes, Double::sum);
                knownVotes = 0;
                known = null;
            }
        }

        void add(CleanMention mention, String surface) {
            if (known != null && !KnownNames.SHIPPED.writtenAsListed(key, surface)) {
                // "Gao" the town is not the GAO, whatever their keys share.
                forgetKnown();
            }
            mentions.add(mention);
            surfaces.merge(surface.replaceAll("\\s+", " "), 1, Integer::sum);
            // Confidence breaks ties between equally many mentions; an honorific is strong
            // evidence.
            double weight = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, mention.confidence()));
            votes.merge(mention.type(), weight, Double::sum);
            if (mention.afterHonorific()) {
                votes.merge(EntityType.PERSON, 1.0, Double::sum);
            }
            if (mention.evidence() != null) {
                // A known place, or a cue noun around the name, outweighs one engine guess.
                votes.merge(
                        mention.evidence(),
                        ContextEvidence.weight(key, mention.evidence()),
                        Double::sum);
            }
            if (known != null) {
                // A well-known organisation outweighs the engine's guess and a context cue.
                votes.merge(known.type(), knownWeight, Double::sum);
                knownVotes += knownWeight;
            }
            if (mention.type() == EntityType.PERSON || mention.afterHonorific()) {
                personVotes++;
            } else {
                otherVotes.merge(mention.type(), 1, Integer::sum);
            }
        }

        EntityType type() {
            return winner(votes);
        }

        /** Seen at least twice as one other type and never as a person: a place, not a surname. */
        boolean clearlyNotPerson() {
            return personVotes == 0 && otherVotes.values().stream().anyMatch(n -> n >= 2);
        }

        /** Written as one word in capitals, maybe with a hyphen or an ampersand: "UP-R", "CD&V". */
        boolean writtenInCapitals() {
            return surfaces.keySet().stream()
                    .anyMatch(
                            surface ->
                                    surface.length() <= 10
                                            && surface.codePoints()
                                                            .filter(Character::isLetter)
                                                            .count()
                                                    >= 2
                                            && surface.codePoints()
                                                    .noneMatch(Character::isWhitespace)
                                            && isAllCaps(surface));
        }

        boolean writtenAsAcronym() {
            return tokens.length == 1
                    && key.length() >= 2
                    && key.length() <= 8
                    && surfaces.keySet().stream().anyMatch(EntityResolver::isAllCaps);
        }
    }

    /** Disjoint sets over group indices. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Whether {@code i} was joined to nothing yet. */
        boolean alone(int i) {
            int root = find(i);
            for (int j = 0; j < parent.length; j++) {
                if (j != i && find(j) == root) {
                    return false;
                }
            }
            return true;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) {
                // The lower index (earlier in the article) stays the root.
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }
    }
}
