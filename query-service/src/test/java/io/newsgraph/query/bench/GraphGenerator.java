package io.newsgraph.query.bench;

import com.google.protobuf.Timestamp;
import io.newsgraph.proto.events.v1.ArticleEntitiesEvent;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.query.entity.EntityKeys;
import io.newsgraph.query.entity.EntityType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Generates a news graph of a given size, deterministic for a seed: a pool of people, places,
 * organisations and other names whose popularity follows a Zipf law, and articles in French or
 * English naming about ten of them some thirty times in all (full names first, then surnames).
 * {@link #load} writes the findings and mentions with COPY, then derives everything else in SQL
 * exactly as the consumer maintains it, so the loaded graph is one the service could have built.
 */
public final class GraphGenerator {

    /** What to generate. */
    public record Settings(
            int articles,
            int entities,
            int findingsPerArticle,
            int mentionsPerArticle,
            long seed,
            Instant until,
            Duration span) {

        public static Settings benchmark(int articles, Instant until) {
            return new Settings(articles, 60_000, 10, 30, 20250301L, until, Duration.ofDays(365));
        }
    }

    /** A generated entity: its name, the key the consumer would give it, its short form. */
    public record PoolEntity(UUID id, EntityType type, String name, String key, String shortForm) {}

    /** Where a finding is mentioned: UTF-16 offsets into the article text, end exclusive. */
    public record Span(int begin, int end) {}

    /** A generated finding and where it is mentioned in the article text. */
    public record Finding(PoolEntity entity, double salience, List<Span> spans) {}

    /** A generated article. */
    public record Article(
            UUID id,
            String title,
            String language,
            Instant publishedAt,
            String text,
            List<Finding> findings) {}

    private static final String[] FIRST_NAMES = {
        "Anna", "Marc", "Sofia", "Lucas", "Emma", "Hugo", "Léa", "Jonas", "Chloé", "Mateo", "Inès",
        "Noah", "Zoé", "Adam", "Clara", "Louis", "Alice", "Ethan", "Jade", "Paul", "Nina", "Yusuf",
        "Maria", "Olga", "Pedro", "Ivan", "Aiko", "Omar", "Fatou", "Björn", "Elif", "Dmitri",
        "Camille", "Rafael", "Helena", "Kwame", "Ingrid", "Tomás", "Amélie", "Viktor"
    };
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ran", "to", "vel", "sa", "dor", "ne", "ri", "bel", "mar", "tin", "ko",
        "va", "len", "zu", "fer", "do", "nis", "gar", "ul", "me", "sto", "ba", "li", "no", "ré",
        "che", "pa", "gu", "wit", "kof", "ma", "cron", "ru", "bio", "el", "an", "or"
    };
    private static final String[] PLACE_SUFFIXES = {"", "", "", " City", "-sur-Mer", " Valley"};
    private static final String[] ORGANISATION_FORMS = {
        "%s Group", "Banque %s", "%s Institute", "Ministry of %s", "%s Party", "Union %s"
    };
    private static final String[] FRENCH_WORDS = {
        "le",
        "ministre",
        "a",
        "déclaré",
        "que",
        "les",
        "négociations",
        "reprendront",
        "mardi",
        "selon",
        "des",
        "sources",
        "proches",
        "du",
        "dossier",
        "avec",
        "la",
        "délégation",
        "à",
        "propos",
        "de",
        "sanctions",
        "économiques",
        "et",
        "sécurité",
        "régionale",
        "face",
        "aux"
    };
    private static final String[] ENGLISH_WORDS = {
        "the",
        "minister",
        "said",
        "that",
        "talks",
        "would",
        "resume",
        "on",
        "Tuesday",
        "according",
        "to",
        "sources",
        "close",
        "with",
        "delegation",
        "about",
        "economic",
        "sanctions",
        "and",
        "regional",
        "security",
        "officials",
        "met",
        "in",
        "after",
        "a",
        "new"
    };

    private final Settings settings;
    private final List<PoolEntity> pool;
    private final double[] cumulative;

    public GraphGenerator(Settings settings) {
        this.settings = settings;
        this.pool = pool(settings.entities(), new Random(settings.seed()));
        this.cumulative = new double[pool.size()];
        double sum = 0;
        for (int rank = 0; rank < pool.size(); rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
    }

    public List<PoolEntity> pool() {
        return pool;
    }

    /** The article number {@code n} of a stream: the same for the same seed. */
    public Article article(long n, Instant until, Duration span) {
        Random random = new Random(mix(settings.seed() * 0x9E3779B97F4A7C15L + n));
        boolean french = random.nextBoolean();
        Set<Integer> chosen = new HashSet<>();
        List<PoolEntity> entities = new ArrayList<>();
        while (entities.size() < settings.findingsPerArticle()) {
            int index = zipf(random);
            if (chosen.add(index)) {
                entities.add(pool.get(index));
            }
        }
        // Every finding is mentioned at least once; the most salient ones more often.
        int[] mentions = new int[entities.size()];
        int total = settings.mentionsPerArticle() - 3 + random.nextInt(7);
        for (int i = 0; i < mentions.length; i++) {
            mentions[i] = 1;
        }
        for (int extra = mentions.length; extra < total; extra++) {
            mentions[Math.min(mentions.length - 1, (int) Math.abs(random.nextGaussian() * 3))]++;
        }
        String[] words = french ? FRENCH_WORDS : ENGLISH_WORDS;
        StringBuilder text = new StringBuilder();
        List<List<Span>> spans = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            spans.add(new ArrayList<>());
        }
        int[] remaining = mentions.clone();
        int left = total;
        while (left > 0) {
            int i = random.nextInt(entities.size());
            if (remaining[i] == 0) {
                continue;
            }
            PoolEntity entity = entities.get(i);
            boolean firstMention = spans.get(i).isEmpty();
            String surface =
                    entity.shortForm() != null && !firstMention && random.nextInt(10) < 6
                            ? entity.shortForm()
                            : entity.name();
            for (int w = 2 + random.nextInt(5); w > 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            spans.get(i).add(new Span(text.length(), text.length() + surface.length()));
            text.append(surface).append(random.nextInt(4) == 0 ? ". " : " ");
            remaining[i]--;
            left--;
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            double salience = Math.round(1000.0 * (0.95 - 0.08 * i)) / 1000.0;
            findings.add(new Finding(entities.get(i), Math.max(0.05, salience), spans.get(i)));
        }
        Instant published =
                until.minusSeconds((long) (random.nextDouble() * span.toSeconds()))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String title =
                (french ? "Dépêche : " : "Report: ")
                        + entities.get(0).name()
                        + (french ? " et " : " and ")
                        + entities.get(1).name();
        return new Article(
                new UUID(settings.seed(), n),
                title,
                french ? "fr" : "en",
                published,
                text.toString(),
                findings);
    }

    /** The event ingest-service would publish for a generated article. */
    public static ArticleEntitiesEvent event(Article article) {
        ArticleEntitiesEvent.Builder event =
                ArticleEntitiesEvent.newBuilder()
                        .setArticleId(article.id().toString())
                        .setRevision(1)
                        .setTitle(article.title())
                        .setUrl("https://news.example/" + article.id())
                        .setSource("generator")
                        .setLanguage(article.language())
                        .setText(article.text())
                        .setPublishedAt(timestamp(article.publishedAt()))
                        .setReceivedAt(timestamp(article.publishedAt()));
        for (Finding finding : article.findings()) {
            Entity.Builder entity =
                    Entity.newBuilder()
                            .setName(finding.entity().name())
                            .setType(
                                    io.newsgraph.proto.nlp.v1.EntityType.valueOf(
                                            finding.entity().type().name()))
                            .setSalience(finding.salience());
            for (Span span : finding.spans()) {
                entity.addMentions(
                        Mention.newBuilder()
                                .setBegin(span.begin())
                                .setEnd(span.end())
                                .setText(article.text().substring(span.begin(), span.end())));
            }
            event.addEntities(entity);
        }
        return event.build();
    }

    /**
     * Loads {@code settings.articles()} articles into a migrated, empty graph (the shipped alias
     * table may be there) and derives counts, aliases and co-occurrences. Returns row counts.
     */
    public Map<String, Long> load(Connection connection) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        try (Statement statement = connection.createStatement()) {
            statement.execute("set work_mem = '256MB'");
            statement.execute("set maintenance_work_mem = '512MB'");
        }
        copyEntities(copy);
        int chunk = 5_000;
        for (int start = 0; start < settings.articles(); start += chunk) {
            StringBuilder articles = new StringBuilder();
            StringBuilder findings = new StringBuilder();
            StringBuilder mentions = new StringBuilder();
            for (int n = start; n < Math.min(settings.articles(), start + chunk); n++) {
                append(article(n, settings.until(), settings.span()), articles, findings, mentions);
            }
            copy.copyIn(
                    "copy article (id, revision, title, url, source, external_id, language,"
                            + " published_at, received_at, seen_at, text, updated_at) from stdin"
                            + " (format csv)",
                    new StringReader(articles.toString()));
            copy.copyIn(
                    "copy article_finding (article_id, ordinal, type, name, name_key, salience,"
                            + " entity_id) from stdin (format csv)",
                    new StringReader(findings.toString()));
            copy.copyIn(
                    "copy mention (article_id, ordinal, finding_ordinal, entity_id, begin_offset,"
                            + " end_offset, text, form_key) from stdin (format csv)",
                    new StringReader(mentions.toString()));
        }
        derive(connection);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table :
                List.of(
                        "article",
                        "article_finding",
                        "mention",
                        "article_entity",
                        "entity",
                        "entity_alias",
                        "name_key",
                        "entity_cooccurrence")) {
            try (Statement statement = connection.createStatement();
                    var result = statement.executeQuery("select count(*) from " + table)) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }

    private void copyEntities(CopyManager copy) throws SQLException, IOException {
        StringBuilder entities = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (PoolEntity entity : pool) {
            csv(
                    entities,
                    entity.id(),
                    entity.name(),
                    entity.type().name(),
                    entity.key(),
                    settings.until().toString());
            csv(names, entity.type().name(), entity.key(), entity.id(), "OWN");
        }
        copy.copyIn(
                "copy entity (id, name, type, normalized_key, created_at) from stdin (format csv)",
                new StringReader(entities.toString()));
        copy.copyIn(
                "copy name_key (type, key, entity_id, rule) from stdin (format csv)",
                new StringReader(names.toString()));
    }

    private static void append(
            Article article,
            StringBuilder articles,
            StringBuilder findings,
            StringBuilder mentions) {
        String published = article.publishedAt().toString();
        csv(
                articles,
                article.id(),
                1,
                article.title(),
                "https://news.example/" + article.id(),
                "generator",
                null,
                article.language(),
                published,
                published,
                published,
                article.text(),
                published);
        List<Object[]> rows = new ArrayList<>();
        for (int ordinal = 0; ordinal < article.findings().size(); ordinal++) {
            Finding finding = article.findings().get(ordinal);
            PoolEntity entity = finding.entity();
            csv(
                    findings,
                    article.id(),
                    ordinal,
                    entity.type().name(),
                    entity.name(),
                    entity.key(),
                    finding.salience(),
                    entity.id());
            for (Span span : finding.spans()) {
                String text = article.text().substring(span.begin(), span.end());
                rows.add(new Object[] {span.begin(), span.end(), ordinal, entity, text});
            }
        }
        rows.sort((a, b) -> Integer.compare((int) a[0], (int) b[0]));
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            PoolEntity entity = (PoolEntity) row[3];
            csv(
                    mentions,
                    article.id(),
                    i,
                    row[2],
                    entity.id(),
                    row[0],
                    row[1],
                    row[4],
                    EntityKeys.key(entity.type(), (String) row[4]));
        }
    }

    /** Everything the consumer maintains, computed once over the loaded findings. */
    static void derive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into article_entity (article_id, entity_id, salience, mention_count,"
                        + " seen_at) select m.article_id, m.entity_id, max(f.salience), count(*),"
                        + " a.seen_at from mention m join article_finding f on f.article_id ="
                        + " m.article_id and f.ordinal = m.finding_ordinal join article a on a.id ="
                        + " m.article_id group by m.article_id, m.entity_id, a.seen_at");
            statement.execute(
                    "update entity e set article_count = x.articles, mention_count = x.mentions"
                            + " from (select entity_id, count(*) articles, sum(mention_count)"
                            + " mentions from article_entity group by entity_id) x where e.id ="
                            + " x.entity_id");
            statement.execute(
                    "update name_key n set finding_count = x.c from (select type, name_key,"
                            + " count(distinct article_id) c from article_finding group by 1, 2) x"
                            + " where n.type = x.type and n.key = x.name_key");
            statement.execute(
                    "insert into entity_alias (entity_id, alias, normalized_alias, use_count)"
                        + " select entity_id, form, min(form_key), count(*) from (select distinct"
                        + " m.article_id, m.entity_id, regexp_replace(btrim(m.text), '\\s+', ' ',"
                        + " 'g') as form, m.form_key from mention m union select f.article_id,"
                        + " f.entity_id, f.name, f.name_key from article_finding f) u group by"
                        + " entity_id, form");
            statement.execute(
                    "insert into entity_cooccurrence (entity_a, entity_b, article_count) select"
                            + " a.entity_id, b.entity_id, count(*) from article_entity a join"
                            + " article_entity b on b.article_id = a.article_id and a.entity_id <"
                            + " b.entity_id group by 1, 2");
            statement.execute("delete from name_key where rule = 'OWN' and finding_count = 0");
            statement.execute(
                    "delete from entity e where article_count = 0 and not name_pinned and not"
                            + " exists (select 1 from name_key n where n.entity_id = e.id)");
            statement.execute("vacuum analyze");
        }
    }

    /**
     * Spreads neighbouring seeds apart: java.util.Random's first outputs for consecutive seeds are
     * nearly equal (every article would get the same language).
     */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private int zipf(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<PoolEntity> pool(int size, Random random) {
        List<PoolEntity> entities = new ArrayList<>(size);
        Set<String> keys = new HashSet<>();
        while (entities.size() < size) {
            int kind = random.nextInt(100);
            EntityType type;
            String name;
            String shortForm = null;
            String word = word(random);
            if (kind < 40) {
                type = EntityType.PERSON;
                String surname = word + (random.nextInt(3) == 0 ? "-" + word(random) : "");
                name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + surname;
                shortForm = surname;
            } else if (kind < 60) {
                type = EntityType.LOCATION;
                name = word + PLACE_SUFFIXES[random.nextInt(PLACE_SUFFIXES.length)];
            } else if (kind < 85) {
                type = EntityType.ORGANIZATION;
                name =
                        String.format(
                                ORGANISATION_FORMS[random.nextInt(ORGANISATION_FORMS.length)],
                                word);
            } else {
                type = EntityType.MISC;
                name = word + " " + (2000 + random.nextInt(30));
            }
            String key = EntityKeys.key(type, name);
            if (keys.add(type + ":" + key)) {
                entities.add(
                        new PoolEntity(EntityKeys.entityId(type, key), type, name, key, shortForm));
            }
        }
        return entities;
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).build();
    }

    /** Appends one CSV line; null is an unquoted empty field, which COPY reads as NULL. */
    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            String text = value.toString();
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
