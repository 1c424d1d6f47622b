-- The graph becomes a projection of two inputs: what the NLP service reported for the current
-- revision of every article (article_finding, mention) and the resolution rules (name_key), so
-- that replaying the topic in any order, or changing a rule, yields the same graph. Everything
-- else (which entity a mention belongs to, counts, aliases, co-occurrences) is derived from them.
--
-- The derived rows of V1 cannot be turned into findings, so the projection is emptied and rebuilt
-- by replaying topic article-entities under a new consumer group (see application.properties).
truncate mention, article_entity, entity_alias, entity, article;

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Accent- and case-folding that may be used in indexes and generated columns (unaccent itself is
-- only stable because its dictionary could change; ours never does once deployed).
create function newsgraph_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Full-text search in the article's own language; other languages are indexed word by word.
alter table article add column search_vector tsvector generated always as (
    to_tsvector(
        case
            when language like 'fr%' then 'french'::regconfig
            when language like 'en%' then 'english'::regconfig
            else 'simple'::regconfig
        end,
        newsgraph_fold(coalesce(title, '') || ' ' || coalesce(text, ''))
    )
) stored;
create index article_search_idx on article using gin (search_vector);

-- The entities the NLP service reported in an article's current revision, in its order.
create table article_finding (
    article_id uuid not null references article (id) on delete cascade,
    ordinal    integer not null,
    type       varchar(16) not null,
    name       text not null,
    -- EntityKeys.key(type, name): what resolution looks up in name_key.
    name_key   text not null,
    salience   double precision not null,
    -- Derived: the entity name_key resolves the finding to.
    entity_id  uuid,
    primary key (article_id, ordinal)
);
-- The articles to re-derive when the resolution of a name changes.
create index article_finding_key_idx on article_finding (type, name_key);

-- Mentions are numbered within their article (replays give the same rows) and remember the
-- finding they belong to; their entity is derived and may move when editors curate.
drop table mention;
drop sequence mention_seq;
create table mention (
    article_id      uuid not null references article (id) on delete cascade,
    ordinal         integer not null,
    finding_ordinal integer not null,
    -- Derived: the finding's entity, or the entity an editor split this form off to.
    entity_id       uuid,
    begin_offset    integer not null,
    end_offset      integer not null,
    text            text not null,
    -- EntityKeys.key(type, text): lets an editor's split move mentions written this way.
    form_key        text not null,
    primary key (article_id, ordinal)
);

-- When the article appeared, copied from article so an entity's newest articles are an index range.
alter table article_entity add column seen_at timestamp with time zone not null;
drop index article_entity_entity_idx;
create index article_entity_entity_seen_idx
    on article_entity (entity_id, seen_at desc, article_id desc) include (mention_count);

-- Entities carry their counts (maintained with every article change) and whether an editor chose
-- the name. Two entities may share a name: resolution goes through name_key, not entity names.
alter table entity drop constraint entity_type_key_unique;
alter table entity add column article_count integer not null default 0;
alter table entity add column mention_count integer not null default 0;
alter table entity add column name_pinned boolean not null default false;
-- Listing entities in the news by popularity (search without text).
create index entity_popularity_idx on entity (article_count desc, normalized_key, id) where article_count > 0;

-- Aliases are the surface forms of an entity's current mentions and finding names, counted in
-- articles, plus the forms editors or the shipped alias table attached (pinned, kept at zero use).
alter table entity_alias add column use_count integer not null default 0;
alter table entity_alias add column pinned boolean not null default false;
-- Use counts change with every article: leave room for HOT updates.
alter table entity_alias set (fillfactor = 80);
-- Word prefixes and substrings ("macr" in "emmanuel macron") go through trigrams.
create index entity_alias_trgm_idx on entity_alias using gin (normalized_alias gin_trgm_ops);

-- Resolution rules: every name a finding of that type has been given in a current article (or
-- that the shipped alias table or an editor named), and the entity it stands for.
--   OWN        the name is an entity of its own, id derived from type and key
--   SHORT_FORM a person's surname/short form, unique token suffix of one full name
--   SHIPPED    from src/main/resources/aliases/*.tsv
--   EDITOR     pinned by curation (merge, split, rename, alias)
create table name_key (
    type          varchar(16) not null,
    key           text not null,
    entity_id     uuid not null,
    rule          varchar(16) not null
        constraint name_key_rule_check check (rule in ('OWN', 'SHORT_FORM', 'SHIPPED', 'EDITOR')),
    -- For a split: mentions written this way inside findings of that entity move too.
    split_from    uuid,
    -- Current articles having a finding with this name; unused computed rules are dropped.
    finding_count integer not null default 0,
    primary key (type, key)
);
create index name_key_entity_idx on name_key (entity_id);
create index name_key_split_idx on name_key (split_from) where split_from is not null;
-- Full names ending with a short form: reverse(key) between reverse(short) || ' ' and || '!'.
create index name_key_suffix_idx on name_key (type, (reverse(key)) collate "C");

-- Pairs of entities named in the same current article, once per pair (entity_a < entity_b), with
-- the number of such articles; the consumer updates ~45 pairs per article. An entity's neighbours
-- are the merge of two index scans already in count order (one per side of the pair), so a page
-- costs the same for an entity in 60,000 articles as for one in 3 (see the benchmark's plans).
create table entity_cooccurrence (
    entity_a      uuid not null,
    entity_b      uuid not null,
    article_count integer not null,
    primary key (entity_a, entity_b),
    constraint entity_cooccurrence_order check (entity_a < entity_b)
);
create index entity_cooccurrence_a_rank_idx
    on entity_cooccurrence (entity_a, article_count desc, entity_b);
create index entity_cooccurrence_b_rank_idx
    on entity_cooccurrence (entity_b, article_count desc, entity_a);

-- Ids that no longer exist because the entity was merged or absorbed, and where it went.
create table entity_redirect (
    from_id uuid primary key,
    to_id   uuid not null,
    at      timestamp with time zone not null
);

-- Who curated what and when, with the entities before and after.
create table curation_audit (
    id         bigint generated always as identity primary key,
    at         timestamp with time zone not null,
    actor      text not null,
    subject    text,
    action     varchar(32) not null,
    entity_ids uuid[] not null,
    detail     text,
    before     jsonb,
    after      jsonb
);
create index curation_audit_entity_idx on curation_audit using gin (entity_ids);
