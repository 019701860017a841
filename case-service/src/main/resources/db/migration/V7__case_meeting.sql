-- Specific assessment and case meeting (Mẫu 03 and its minutes).
CREATE TABLE case_meeting (
    id               UUID PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES child_case (id),
    held_on          DATE          NOT NULL,
    participants     VARCHAR(1000) NOT NULL,
    harm_severity    VARCHAR(16)   NOT NULL,
    abuser_access    VARCHAR(16)   NOT NULL,
    care_environment VARCHAR(16)   NOT NULL,
    child_capacity   VARCHAR(16)   NOT NULL,
    conclusions      VARCHAR(4000) NOT NULL,
    recorded_by      VARCHAR(128)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_meeting_case ON case_meeting (case_id, held_on);
