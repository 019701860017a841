-- Indicators of Circular 13/2021 are keyed by set + code (plan-service V8): 0101 of the abuse set is II-0101.
-- The rows are only what was last published; removing them makes the next computation publish II-0101.
DELETE FROM indicator_measurement WHERE indicator_code = '0101';
