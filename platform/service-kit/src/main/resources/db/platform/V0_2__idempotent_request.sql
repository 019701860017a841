-- Idempotency-Key of POSTs, per user (platform/service-kit): a retried request returns the first result.
CREATE TABLE idempotent_request (
    user_id      VARCHAR(128) NOT NULL,
    key          VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    resource_id  VARCHAR(64),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
