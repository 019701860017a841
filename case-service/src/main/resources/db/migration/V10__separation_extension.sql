ALTER TABLE emergency_measure ADD COLUMN extensions INT NOT NULL DEFAULT 0;
