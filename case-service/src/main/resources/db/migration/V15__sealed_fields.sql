-- The reporter's identity and the child's personal ID are sealed at rest (AES-256-GCM, the key id in
-- each value: see vn.cps.platform.sealing). Sealed values are longer than what was given, so the
-- columns become text; the lookup hash (HMAC-SHA256, hex) finds the same personal ID without opening it.
-- Values stored before this migration are sealed by the service at its first start.
ALTER TABLE intake
    ALTER COLUMN reporter_name TYPE TEXT,
    ALTER COLUMN reporter_phone TYPE TEXT,
    ALTER COLUMN reporter_address TYPE TEXT;
ALTER TABLE intake_child
    ALTER COLUMN child_personal_id TYPE TEXT,
    ADD COLUMN child_personal_id_hash CHAR(64);
CREATE INDEX intake_child_personal_id_hash ON intake_child (child_personal_id_hash)
    WHERE child_personal_id_hash IS NOT NULL;
