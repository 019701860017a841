CREATE TABLE plan (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(64)   NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    issuing_authority   VARCHAR(200)  NOT NULL,
    jurisdiction        VARCHAR(8)    NOT NULL,
    issue_date          DATE,
    period_start_year   INT           NOT NULL,
    period_end_year     INT           NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    parent_plan_id      UUID REFERENCES plan (id),
    implements_document VARCHAR(200),
    purposes            VARCHAR(4000),
    funding_sources     VARCHAR(200)  NOT NULL,
    created_by          VARCHAR(128)  NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (number, jurisdiction)
);

CREATE TABLE plan_target (
    id                UUID PRIMARY KEY,
    plan_id           UUID          NOT NULL REFERENCES plan (id),
    indicator_code    VARCHAR(20)   NOT NULL,
    name              VARCHAR(500),
    jurisdiction      VARCHAR(8)    NOT NULL,
    period_start_year INT           NOT NULL,
    period_end_year   INT           NOT NULL,
    direction         VARCHAR(32)   NOT NULL,
    target_value      NUMERIC(18,4) NOT NULL,
    unit              VARCHAR(64)   NOT NULL,
    baseline          NUMERIC(18,4),
    contributes_to    UUID REFERENCES plan_target (id),
    announced_status  VARCHAR(16)   NOT NULL
);
CREATE INDEX plan_target_indicator ON plan_target (indicator_code, jurisdiction);

CREATE TABLE indicator_value (
    id             UUID PRIMARY KEY,
    indicator_code VARCHAR(20)   NOT NULL,
    jurisdiction   VARCHAR(8)    NOT NULL,
    year           INT           NOT NULL,
    value          NUMERIC(18,4) NOT NULL,
    source         VARCHAR(16)   NOT NULL,
    recorded_by    VARCHAR(128)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX indicator_value_series ON indicator_value (indicator_code, jurisdiction, year, recorded_at);
