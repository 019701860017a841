-- Catalogue entries completed by an administrator from the official text (docs/indicators.md): the
-- shipped data file no longer overwrites such a row at start, and every change is kept with who
-- made it and the entry before and after.
ALTER TABLE indicator ADD COLUMN edited_by VARCHAR(200);
ALTER TABLE indicator ADD COLUMN edited_at TIMESTAMPTZ;

CREATE TABLE indicator_change (
    id          UUID         PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    before_entry JSONB,
    after_entry JSONB        NOT NULL
);
CREATE INDEX indicator_change_code ON indicator_change (code, changed_at);
