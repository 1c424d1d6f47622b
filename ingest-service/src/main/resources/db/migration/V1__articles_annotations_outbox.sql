-- Articles as stored by ingest-service: one row per story, holding its latest revision.
CREATE TABLE article (
    id              uuid        PRIMARY KEY,
    -- hash of source+externalId, else canonical URL, else content: what makes a resubmission the same story
    identity_key    text        NOT NULL UNIQUE,
    -- hash of everything the event carries: a different hash makes a new revision
    content_hash    text        NOT NULL,
    source          text,
    external_id     text,
    url             text,
    title           text        NOT NULL,
    -- cleaned text; mention offsets refer to it
    text            text        NOT NULL,
    language_hint   text,
    language        text,
    published_at    timestamptz,
    revision        integer     NOT NULL CHECK (revision >= 1),
    status          text        NOT NULL CHECK (status IN ('RECEIVED', 'ANNOTATED', 'PUBLISHED', 'FAILED')),
    error           text,
    -- annotation work queue: attempts for the current revision, backoff and the worker's lease
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    created_at      timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX article_awaiting_annotation ON article (received_at) WHERE status = 'RECEIVED';

-- What nlp-service returned for each revision.
CREATE TABLE annotation (
    article_id       uuid        NOT NULL REFERENCES article (id),
    revision         integer     NOT NULL,
    language         text        NOT NULL,
    language_support text        NOT NULL,
    entities         jsonb       NOT NULL,
    annotated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, revision)
);

-- Transactional outbox: written with the annotation, sent to Kafka by the publisher.
CREATE TABLE outbox_event (
    id              bigserial   PRIMARY KEY,
    article_id      uuid        NOT NULL REFERENCES article (id),
    revision        integer     NOT NULL,
    topic           text        NOT NULL,
    event_key       text        NOT NULL,
    payload         text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_until     timestamptz,
    published_at    timestamptz,
    failed_at       timestamptz,
    last_error      text,
    -- one event per revision
    UNIQUE (article_id, revision)
);

CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL AND failed_at IS NULL;
