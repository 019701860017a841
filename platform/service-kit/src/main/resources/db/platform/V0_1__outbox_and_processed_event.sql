-- Shared by every service (platform/service-kit). Flyway runs it before the service's own V1.

-- Transactional outbox: written in the same transaction as the state change it announces.
CREATE TABLE outbox_event (
    id             UUID PRIMARY KEY,              -- becomes ce_id
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, -- commit order within this database
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,          -- Kafka record key and ce_subject
    type           VARCHAR(128) NOT NULL,          -- ce_type
    payload        TEXT         NOT NULL,          -- JSON, no personal data
    occurred_at    TIMESTAMPTZ  NOT NULL,          -- ce_time
    traceparent    VARCHAR(64),
    published_at   TIMESTAMPTZ,
    attempts       INT          NOT NULL DEFAULT 0
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_unpublished_aggregate ON outbox_event (aggregate_id, seq) WHERE published_at IS NULL;

-- Idempotent consumer: the id of every event applied, written in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(64) NOT NULL,
    event_id     VARCHAR(64) NOT NULL,
    event_type   VARCHAR(128) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
