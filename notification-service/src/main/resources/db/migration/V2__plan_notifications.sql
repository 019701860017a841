-- Notifications about plans as well as cases: the subject is one or the other.
ALTER TABLE notification
    ALTER COLUMN case_id DROP NOT NULL,
    ALTER COLUMN case_reference DROP NOT NULL,
    ADD COLUMN plan_id UUID,
    ADD CONSTRAINT notification_subject CHECK (case_id IS NOT NULL OR plan_id IS NOT NULL);
