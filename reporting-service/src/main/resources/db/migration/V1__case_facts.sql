-- Case read model, built only from cps.case.events.
CREATE TABLE case_fact (
    case_id       UUID PRIMARY KEY,
    province_code CHAR(2)     NOT NULL,
    commune_code  CHAR(5)     NOT NULL,
    channel       VARCHAR(32) NOT NULL,
    sex           VARCHAR(16) NOT NULL,
    age_band      VARCHAR(16) NOT NULL,
    received_on   DATE        NOT NULL
);
CREATE INDEX case_fact_period ON case_fact (received_on, province_code, commune_code);

CREATE TABLE case_fact_harm_type (
    case_id   UUID        NOT NULL REFERENCES case_fact (case_id),
    harm_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (case_id, harm_type)
);
