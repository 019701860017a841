-- Issue #18: values per half-year as well as per year, shares with their parts, and the source of a
-- reported figure (a denominator such as the child population must say where it comes from).
ALTER TABLE indicator_value
    ADD COLUMN period      VARCHAR(2) NOT NULL DEFAULT 'Y',  -- Y, H1 (January-June), H2 (July-December)
    ADD COLUMN numerator   NUMERIC(18,4),
    ADD COLUMN denominator NUMERIC(18,4),
    ADD COLUMN source_note VARCHAR(500);
DROP INDEX indicator_value_series;
CREATE INDEX indicator_value_series ON indicator_value (indicator_code, jurisdiction, year, period, recorded_at);

-- How an indicator is measured from case events (reporting-service), and, for a share that plan-service
-- computes, the indicators it divides.
ALTER TABLE indicator
    ADD COLUMN measurement     VARCHAR(2000),
    ADD COLUMN numerator_code  VARCHAR(20),
    ADD COLUMN denominator_code VARCHAR(20);
