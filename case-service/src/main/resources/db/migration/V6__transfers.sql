-- Transfers between jurisdictions: the sender owns the case until the receiver accepts.
CREATE TABLE case_transfer (
    id                 UUID PRIMARY KEY,
    case_id            UUID          NOT NULL REFERENCES child_case (id),
    from_province_code CHAR(2)       NOT NULL,
    from_commune_code  CHAR(5)       NOT NULL,
    to_province_code   CHAR(2)       NOT NULL,
    to_commune_code    CHAR(5)       NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    requested_by       VARCHAR(128)  NOT NULL,
    requested_at       TIMESTAMPTZ   NOT NULL,
    decided_by         VARCHAR(128),
    decided_at         TIMESTAMPTZ,
    decision_note      VARCHAR(2000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX case_transfer_one_pending ON case_transfer (case_id) WHERE status = 'PENDING';
CREATE INDEX case_transfer_incoming ON case_transfer (to_province_code, to_commune_code, status);
