-- Records keep the unit their document names (a code of before 2025 too) beside the current unit
-- they are placed in through the crosswalk (docs/decisions.md, "Units of before 2025 on today's map").
-- A plan's number is unique within the unit that issued it, as recorded.
ALTER TABLE plan ADD COLUMN recorded_jurisdiction VARCHAR(8);
UPDATE plan SET recorded_jurisdiction = jurisdiction;
ALTER TABLE plan ALTER COLUMN recorded_jurisdiction SET NOT NULL;
ALTER TABLE plan DROP CONSTRAINT plan_number_jurisdiction_key;
ALTER TABLE plan ADD CONSTRAINT plan_number_recorded_jurisdiction_key UNIQUE (number, recorded_jurisdiction);
CREATE INDEX plan_jurisdiction ON plan (jurisdiction);

ALTER TABLE plan_target ADD COLUMN recorded_jurisdiction VARCHAR(8);
UPDATE plan_target SET recorded_jurisdiction = jurisdiction;
ALTER TABLE plan_target ALTER COLUMN recorded_jurisdiction SET NOT NULL;

ALTER TABLE inspection ADD COLUMN recorded_jurisdiction VARCHAR(8);
UPDATE inspection SET recorded_jurisdiction = jurisdiction;
ALTER TABLE inspection ALTER COLUMN recorded_jurisdiction SET NOT NULL;
