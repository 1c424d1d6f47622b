-- Set while a Kafka attempt for the event may have reached the topic without being recorded here
-- (a crash between Kafka's commit and ours, or a timed-out commit): the publisher then looks for
-- the event on the topic, from this moment on, before it sends it again.
ALTER TABLE outbox_event ADD COLUMN in_doubt_since timestamptz;

-- Admins list and re-queue failed articles.
CREATE INDEX article_failed ON article (updated_at) WHERE status = 'FAILED';
