ALTER TABLE plan
    ADD COLUMN revisions          INT NOT NULL DEFAULT 0,
    ADD COLUMN last_revision_note VARCHAR(2000);
