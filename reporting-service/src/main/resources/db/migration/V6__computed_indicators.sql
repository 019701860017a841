-- Issue #18: the facts the computed indicators of Circular 13/2021 and the NPA read.

-- When the child was first supported: a support plan approved or an emergency measure taken.
ALTER TABLE case_fact
    ADD COLUMN supported_at       TIMESTAMPTZ,
    ADD COLUMN plan_goals_outcome VARCHAR(16);  -- MET, PARTLY_MET, NOT_MET, as the closure review found

-- Where the referred case lies and when the agency had to answer by.
ALTER TABLE referral_fact
    ADD COLUMN commune_code VARCHAR(5),
    ADD COLUMN response_due TIMESTAMPTZ;

-- Indicators are measured per half-year as well as per year.
ALTER TABLE indicator_measurement
    ADD COLUMN period      VARCHAR(2) NOT NULL DEFAULT 'Y',  -- Y, H1 (January-June), H2 (July-December)
    ADD COLUMN numerator   NUMERIC(14,2),
    ADD COLUMN denominator NUMERIC(14,2);
ALTER TABLE indicator_measurement DROP CONSTRAINT indicator_measurement_pkey;
ALTER TABLE indicator_measurement ADD PRIMARY KEY (indicator_code, jurisdiction, year, period);

-- Referral answers given by their response deadline, per agency (indicator CASE-08 by agency). Facts
-- kept before this migration carry no deadline, so they are not counted as in time.
ALTER TABLE referral_stat ADD COLUMN answered_in_time BIGINT NOT NULL DEFAULT 0;
