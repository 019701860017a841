CREATE TABLE inspection (
    id                   UUID PRIMARY KEY,
    title                VARCHAR(500) NOT NULL,
    inspecting_authority VARCHAR(200) NOT NULL,
    jurisdiction         VARCHAR(8)   NOT NULL,
    conducted_on         DATE         NOT NULL,
    document_reference   VARCHAR(64),
    plan_id              UUID REFERENCES plan (id),
    recorded_by          VARCHAR(128) NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX inspection_jurisdiction ON inspection (jurisdiction, conducted_on);

CREATE TABLE recommendation (
    id            UUID PRIMARY KEY,
    inspection_id UUID          NOT NULL REFERENCES inspection (id),
    text          VARCHAR(4000) NOT NULL,
    agency_code   VARCHAR(40)   NOT NULL,
    due_date      DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    resolution    VARCHAR(4000),
    resolved_at   TIMESTAMPTZ
);
CREATE INDEX recommendation_agency ON recommendation (agency_code, status, due_date);
