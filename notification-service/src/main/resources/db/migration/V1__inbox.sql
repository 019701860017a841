CREATE TABLE notification (
    id                     UUID PRIMARY KEY,
    recipient_role         VARCHAR(64)  NOT NULL,
    recipient_jurisdiction VARCHAR(8)   NOT NULL,
    type                   VARCHAR(64)  NOT NULL,
    case_id                UUID         NOT NULL,
    case_reference         VARCHAR(20)  NOT NULL,
    deadline               TIMESTAMPTZ,
    link                   VARCHAR(200) NOT NULL,
    source_event_id        VARCHAR(64)  NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    read_at                TIMESTAMPTZ,
    read_by                VARCHAR(128)
);
CREATE INDEX notification_inbox ON notification (recipient_jurisdiction, recipient_role, created_at DESC, id DESC);
