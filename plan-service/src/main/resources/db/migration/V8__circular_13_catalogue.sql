-- The catalogue of Circular 13/2021/TT-BLĐTBXH as the reference gives it (docs/indicators.md): two
-- sets whose codes both restart at 0101, so an indicator's key is set + code ("II-0101"), and an
-- indicator whose official code is not known yet has an internal key and no official code. Fields
-- the source does not give stay empty rather than guessed.
ALTER TABLE indicator RENAME COLUMN group_code TO indicator_set;
ALTER TABLE indicator ADD COLUMN official_code VARCHAR(8);
ALTER TABLE indicator ADD COLUMN group_name VARCHAR(300);
ALTER TABLE indicator ALTER COLUMN name_en DROP NOT NULL;
ALTER TABLE indicator ALTER COLUMN unit DROP NOT NULL;
ALTER TABLE indicator ALTER COLUMN calculation DROP NOT NULL;
ALTER TABLE indicator ALTER COLUMN publication_period DROP NOT NULL;
ALTER TABLE indicator ALTER COLUMN data_source DROP NOT NULL;
ALTER TABLE indicator ALTER COLUMN lead_agency DROP NOT NULL;
-- the circular names agencies in words ("Chủ trì: Bộ Thông tin và Truyền thông; Phối hợp: ...")
ALTER TABLE indicator ALTER COLUMN lead_agency TYPE VARCHAR(500);
DROP INDEX indicator_group;
CREATE INDEX indicator_set ON indicator (indicator_set, code);

-- 0101 of the abuse set (II) was keyed by its bare code; targets and values follow it to II-0101
UPDATE plan_target SET indicator_code = 'II-0101' WHERE indicator_code = '0101';
UPDATE indicator_value SET indicator_code = 'II-0101' WHERE indicator_code = '0101';
DELETE FROM indicator WHERE code = '0101';
