-- Webhook secrets are sealed at rest (AES-256-GCM, see vn.cps.platform.sealing): longer than issued,
-- so the column becomes text. Secrets stored before this are sealed by the service at its first start.
ALTER TABLE webhook ALTER COLUMN secret TYPE TEXT;
