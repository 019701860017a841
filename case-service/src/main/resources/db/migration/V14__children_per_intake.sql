-- One report may name several children (siblings, a household, a class). Each named child is a row;
-- a report of harm opens one case per child, and the cases of one report share an incident group.
CREATE TABLE intake_child (
    id                  UUID PRIMARY KEY,
    intake_id           UUID         NOT NULL REFERENCES intake (id),
    ordinal             INT          NOT NULL,
    child_name          VARCHAR(200) NOT NULL,
    child_name_folded   VARCHAR(200) NOT NULL,
    child_sex           VARCHAR(16)  NOT NULL,
    child_birth_date    DATE,
    child_estimated_age INT,
    child_personal_id   CHAR(12),
    child_birth_year    INT          NOT NULL,
    CONSTRAINT intake_child_position UNIQUE (intake_id, ordinal),
    CONSTRAINT intake_child_ordinal_range CHECK (ordinal BETWEEN 0 AND 9),
    CONSTRAINT intake_child_age_given CHECK (child_birth_date IS NOT NULL OR child_estimated_age IS NOT NULL)
);

-- the child an intake named so far keeps the intake's id, so existing cases point at it without a lookup
INSERT INTO intake_child (id, intake_id, ordinal, child_name, child_name_folded, child_sex, child_birth_date,
                          child_estimated_age, child_personal_id, child_birth_year)
SELECT id, id, 0, child_name, child_name_folded, child_sex, child_birth_date, child_estimated_age,
       child_personal_id, child_birth_year
  FROM intake WHERE child_name IS NOT NULL;

-- (the intake's indexes of the child columns go with them below; V15 indexes the personal ID's hash)
CREATE INDEX intake_child_by_name ON intake_child (child_name_folded, child_birth_year);

ALTER TABLE child_case
    ADD COLUMN child_id          UUID REFERENCES intake_child (id),
    ADD COLUMN incident_group_id UUID;
UPDATE child_case SET child_id = intake_id, incident_group_id = intake_id;
ALTER TABLE child_case
    ALTER COLUMN child_id SET NOT NULL,
    ALTER COLUMN incident_group_id SET NOT NULL,
    ADD CONSTRAINT child_case_child UNIQUE (child_id),
    DROP CONSTRAINT child_case_intake_id_key;
CREATE INDEX child_case_intake ON child_case (intake_id);
CREATE INDEX child_case_incident_group ON child_case (incident_group_id);

ALTER TABLE intake DROP CONSTRAINT intake_harm_report_complete;
ALTER TABLE intake
    DROP COLUMN child_name,
    DROP COLUMN child_name_folded,
    DROP COLUMN child_sex,
    DROP COLUMN child_birth_date,
    DROP COLUMN child_estimated_age,
    DROP COLUMN child_personal_id,
    DROP COLUMN child_birth_year;
-- the children of a report of harm are checked by the service; its place still is here
ALTER TABLE intake ADD CONSTRAINT intake_harm_report_placed CHECK (
    category <> 'REPORT_OF_HARM' OR (province_code IS NOT NULL AND commune_code IS NOT NULL));
