-- The case process of Decree 56/2017: assessment, emergency measures, plans and their actions,
-- the append-only timeline, and the deadlines kept on the case.
ALTER TABLE child_case
    ADD COLUMN plan_deadline              TIMESTAMPTZ,
    ADD COLUMN risk_level                 VARCHAR(16),
    ADD COLUMN emergency_needed           BOOLEAN,
    ADD COLUMN assessed_at                TIMESTAMPTZ,
    ADD COLUMN first_emergency_measure_at TIMESTAMPTZ,
    ADD COLUMN first_plan_approved_at     TIMESTAMPTZ,
    ADD COLUMN plan_cycles                INT NOT NULL DEFAULT 0,
    ADD COLUMN closed_at                  TIMESTAMPTZ,
    ADD COLUMN last_change_at             TIMESTAMPTZ;
-- Cases opened before this version: 5 calendar days is a safe lower bound of 5 working days.
UPDATE child_case SET plan_deadline = received_at + interval '5 days', last_change_at = opened_at;
ALTER TABLE child_case ALTER COLUMN plan_deadline SET NOT NULL, ALTER COLUMN last_change_at SET NOT NULL;
CREATE INDEX child_case_open_deadlines ON child_case (status, emergency_deadline, plan_deadline);

CREATE TABLE case_assessment (
    id               UUID PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES child_case (id),
    harm_severity    VARCHAR(16)   NOT NULL,
    abuser_access    VARCHAR(16)   NOT NULL,
    care_environment VARCHAR(16)   NOT NULL,
    child_capacity   VARCHAR(16)   NOT NULL,
    emergency_needed BOOLEAN       NOT NULL,
    notes            VARCHAR(4000),
    assessed_by      VARCHAR(128)  NOT NULL,
    assessed_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_assessment_case ON case_assessment (case_id, assessed_at);

CREATE TABLE emergency_measure (
    id               UUID PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES child_case (id),
    type             VARCHAR(32)   NOT NULL,
    taken_at         TIMESTAMPTZ   NOT NULL,
    separation_until DATE,
    notes            VARCHAR(4000),
    decided_by       VARCHAR(128)  NOT NULL
);
CREATE INDEX emergency_measure_case ON emergency_measure (case_id, taken_at);

CREATE TABLE support_plan (
    id            UUID PRIMARY KEY,
    case_id       UUID          NOT NULL REFERENCES child_case (id),
    cycle         INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    goals         VARCHAR(4000) NOT NULL,
    submitted_by  VARCHAR(128)  NOT NULL,
    submitted_at  TIMESTAMPTZ   NOT NULL,
    decided_by    VARCHAR(128),
    decided_at    TIMESTAMPTZ,
    decision_note VARCHAR(2000)
);
CREATE INDEX support_plan_case ON support_plan (case_id, cycle);
-- at most one plan waiting for a decision, and one in force, per case
CREATE UNIQUE INDEX support_plan_one_submitted ON support_plan (case_id) WHERE status = 'SUBMITTED';
CREATE UNIQUE INDEX support_plan_one_approved ON support_plan (case_id) WHERE status = 'APPROVED';

CREATE TABLE plan_action (
    id           UUID PRIMARY KEY,
    plan_id      UUID          NOT NULL REFERENCES support_plan (id),
    description  VARCHAR(2000) NOT NULL,
    agency_code  VARCHAR(40)   NOT NULL,
    due_date     DATE          NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    completed_at TIMESTAMPTZ,
    completed_by VARCHAR(128),
    outcome      VARCHAR(2000)
);
CREATE INDEX plan_action_agency ON plan_action (agency_code, status);

CREATE TABLE timeline_entry (
    id                UUID PRIMARY KEY,
    case_id           UUID          NOT NULL REFERENCES child_case (id),
    kind              VARCHAR(16)   NOT NULL,
    text              VARCHAR(4000) NOT NULL,
    document_name     VARCHAR(300),
    corrects_entry_id UUID REFERENCES timeline_entry (id),
    author            VARCHAR(128)  NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, recorded_at, id);
-- append-only: no update or delete ever reaches the timeline
CREATE FUNCTION timeline_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'timeline entries are append-only';
END $$;
CREATE TRIGGER timeline_entry_no_change BEFORE UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION timeline_entry_append_only();
