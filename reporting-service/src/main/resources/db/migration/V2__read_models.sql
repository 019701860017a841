-- Issue #7: read models for statistics, built only from events, with pre-aggregated cubes so that
-- no statistics query scans the facts.

-- What statistics know of each case, updated by its later events (codes and times only).
ALTER TABLE case_fact
    ADD COLUMN received_at        TIMESTAMPTZ,
    ADD COLUMN status             VARCHAR(24) NOT NULL DEFAULT 'OPEN',   -- OPEN, CLOSED, NOT_SUBSTANTIATED, MERGED
    ADD COLUMN emergency          VARCHAR(16) NOT NULL DEFAULT 'PENDING', -- PENDING, MET, MISSED, NOT_APPLICABLE
    ADD COLUMN plan               VARCHAR(16) NOT NULL DEFAULT 'PENDING', -- PENDING, MET, MISSED
    ADD COLUMN criterion6         BOOLEAN     NOT NULL DEFAULT false,     -- sexual abuse, abandonment or trafficking
    ADD COLUMN closed_at          TIMESTAMPTZ;
CREATE INDEX case_fact_commune ON case_fact (commune_code, received_on);

-- Calls and reports, with or without a case.
CREATE TABLE intake_fact (
    intake_id     UUID PRIMARY KEY,
    channel       VARCHAR(32) NOT NULL,
    category      VARCHAR(32) NOT NULL,
    province_code VARCHAR(2),
    commune_code  VARCHAR(5),
    received_on   DATE        NOT NULL,
    case_id       UUID
);

-- Referrals to agencies: when asked, how and when they answered.
CREATE TABLE referral_fact (
    referral_id   UUID PRIMARY KEY,
    case_id       UUID        NOT NULL,
    agency_code   VARCHAR(32) NOT NULL,
    province_code VARCHAR(2)  NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    answer        VARCHAR(16),          -- ACCEPTED, DECLINED, WITHDRAWN (before an answer)
    answered_at   TIMESTAMPTZ,
    completed_at  TIMESTAMPTZ
);

-- Cube 1: counts per province and day of receipt, per dimension and key (dimension ALL, key *
-- counts cases once). Serves national and provincial queries at every period.
CREATE TABLE stat_province_day (
    subject       VARCHAR(8)  NOT NULL,  -- CASE or INTAKE
    dimension     VARCHAR(16) NOT NULL,
    key           VARCHAR(32) NOT NULL,
    province_code VARCHAR(2)  NOT NULL,  -- '--' for intakes that named no place
    day           DATE        NOT NULL,
    n             BIGINT      NOT NULL,
    PRIMARY KEY (subject, dimension, province_code, day, key)
);
CREATE INDEX stat_province_day_national ON stat_province_day (subject, dimension, day);

-- Cube 2: the same per commune and month of receipt. Serves commune callers and groupBy=commune.
CREATE TABLE stat_commune_month (
    subject       VARCHAR(8)  NOT NULL,
    dimension     VARCHAR(16) NOT NULL,
    key           VARCHAR(32) NOT NULL,
    province_code VARCHAR(2)  NOT NULL,
    commune_code  VARCHAR(5)  NOT NULL,
    month         DATE        NOT NULL,  -- first day of the month
    n             BIGINT      NOT NULL,
    PRIMARY KEY (subject, dimension, province_code, commune_code, month, key)
);
CREATE INDEX stat_commune_month_commune ON stat_commune_month (subject, dimension, commune_code, month);

-- Referrals per agency, province and month of request.
CREATE TABLE referral_stat (
    agency_code      VARCHAR(32) NOT NULL,
    province_code    VARCHAR(2)  NOT NULL,
    month            DATE        NOT NULL,
    requested        BIGINT      NOT NULL DEFAULT 0,
    accepted         BIGINT      NOT NULL DEFAULT 0,
    declined         BIGINT      NOT NULL DEFAULT 0,
    withdrawn        BIGINT      NOT NULL DEFAULT 0,
    completed        BIGINT      NOT NULL DEFAULT 0,
    response_seconds BIGINT      NOT NULL DEFAULT 0,  -- summed over accepted and declined answers
    PRIMARY KEY (agency_code, province_code, month)
);

-- Time from receipt to closure, in whole days, per province and month of closure.
CREATE TABLE closure_time_stat (
    province_code VARCHAR(2) NOT NULL,
    month         DATE       NOT NULL,
    days          INT        NOT NULL,
    n             BIGINT     NOT NULL,
    PRIMARY KEY (province_code, month, days)
);

-- Indicators computed from case data, and what was last published for each.
CREATE TABLE indicator_measurement (
    indicator_code VARCHAR(20)   NOT NULL,
    jurisdiction   VARCHAR(5)    NOT NULL,
    year           INT           NOT NULL,
    value          NUMERIC(14,2) NOT NULL,
    published_value NUMERIC(14,2),
    measured_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (indicator_code, jurisdiction, year)
);

-- Cases recorded before this migration enter the cubes as they stand.
UPDATE case_fact SET received_at = received_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' WHERE received_at IS NULL;
UPDATE case_fact f SET criterion6 = true
 WHERE EXISTS (SELECT 1 FROM case_fact_harm_type h WHERE h.case_id = f.case_id
                 AND h.harm_type IN ('SEXUAL_ABUSE', 'ABANDONMENT', 'TRAFFICKING'));
INSERT INTO stat_province_day (subject, dimension, key, province_code, day, n)
SELECT 'CASE', d.dimension, d.key, d.province_code, d.received_on, count(*)
  FROM (SELECT 'ALL' AS dimension, '*' AS key, province_code, received_on FROM case_fact
        UNION ALL SELECT 'CHANNEL', channel, province_code, received_on FROM case_fact
        UNION ALL SELECT 'SEX', sex, province_code, received_on FROM case_fact
        UNION ALL SELECT 'AGE_BAND', age_band, province_code, received_on FROM case_fact
        UNION ALL SELECT 'OUTCOME', status, province_code, received_on FROM case_fact
        UNION ALL SELECT 'EMERGENCY', emergency, province_code, received_on FROM case_fact
        UNION ALL SELECT 'PLAN', plan, province_code, received_on FROM case_fact
        UNION ALL SELECT 'PLAN_C6', plan, province_code, received_on FROM case_fact WHERE criterion6
        UNION ALL SELECT 'HARM_TYPE', h.harm_type, f.province_code, f.received_on
                    FROM case_fact f JOIN case_fact_harm_type h ON h.case_id = f.case_id
        UNION ALL SELECT DISTINCT ON (f.case_id) 'ABUSE', 'YES', f.province_code, f.received_on
                    FROM case_fact f JOIN case_fact_harm_type h ON h.case_id = f.case_id
                   WHERE h.harm_type IN ('VIOLENCE', 'SEXUAL_ABUSE', 'EXPLOITATION', 'TRAFFICKING', 'ABANDONMENT', 'NEGLECT')
       ) d
 GROUP BY d.dimension, d.key, d.province_code, d.received_on;
INSERT INTO stat_commune_month (subject, dimension, key, province_code, commune_code, month, n)
SELECT 'CASE', d.dimension, d.key, d.province_code, d.commune_code, date_trunc('month', d.received_on)::date, count(*)
  FROM (SELECT 'ALL' AS dimension, '*' AS key, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'CHANNEL', channel, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'SEX', sex, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'AGE_BAND', age_band, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'OUTCOME', status, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'EMERGENCY', emergency, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'PLAN', plan, province_code, commune_code, received_on FROM case_fact
        UNION ALL SELECT 'PLAN_C6', plan, province_code, commune_code, received_on FROM case_fact WHERE criterion6
        UNION ALL SELECT 'HARM_TYPE', h.harm_type, f.province_code, f.commune_code, f.received_on
                    FROM case_fact f JOIN case_fact_harm_type h ON h.case_id = f.case_id
        UNION ALL SELECT DISTINCT ON (f.case_id) 'ABUSE', 'YES', f.province_code, f.commune_code, f.received_on
                    FROM case_fact f JOIN case_fact_harm_type h ON h.case_id = f.case_id
                   WHERE h.harm_type IN ('VIOLENCE', 'SEXUAL_ABUSE', 'EXPLOITATION', 'TRAFFICKING', 'ABANDONMENT', 'NEGLECT')
       ) d
 GROUP BY d.dimension, d.key, d.province_code, d.commune_code, date_trunc('month', d.received_on);
