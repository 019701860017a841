-- Every call is an intake; only reports of harm or risk need a child and a place.
ALTER TABLE intake
    ADD COLUMN category         VARCHAR(32) NOT NULL DEFAULT 'REPORT_OF_HARM',
    ADD COLUMN reporter_name    VARCHAR(200),
    ADD COLUMN reporter_phone   VARCHAR(20),
    ADD COLUMN reporter_address VARCHAR(500),
    ALTER COLUMN child_name DROP NOT NULL,
    ALTER COLUMN child_name_folded DROP NOT NULL,
    ALTER COLUMN child_sex DROP NOT NULL,
    ALTER COLUMN province_code DROP NOT NULL,
    ALTER COLUMN commune_code DROP NOT NULL,
    ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE intake DROP CONSTRAINT intake_child_age_given;
ALTER TABLE intake ADD CONSTRAINT intake_harm_report_complete CHECK (
    category <> 'REPORT_OF_HARM' OR (child_name IS NOT NULL AND child_sex IS NOT NULL AND province_code IS NOT NULL
        AND commune_code IS NOT NULL AND (child_birth_date IS NOT NULL OR child_estimated_age IS NOT NULL)));
CREATE INDEX intake_category ON intake (category, received_at);

-- A retried POST with the same Idempotency-Key returns the first result, never a second record.
CREATE TABLE idempotency_key (
    user_id      VARCHAR(128) NOT NULL,
    key          VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    intake_id    UUID,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
