CREATE TABLE plan_task (
    id                    UUID PRIMARY KEY,
    plan_id               UUID          NOT NULL REFERENCES plan (id),
    title                 VARCHAR(1000) NOT NULL,
    lead_agency           VARCHAR(40)   NOT NULL,
    coordinating_agencies VARCHAR(1000) NOT NULL,
    due_date              DATE          NOT NULL,
    recurrence_months     INT,
    status                VARCHAR(16)   NOT NULL,
    overdue_announced_for DATE,
    last_report_at        TIMESTAMPTZ
);
CREATE INDEX plan_task_due ON plan_task (status, due_date);

CREATE TABLE progress_report (
    id          UUID PRIMARY KEY,
    task_id     UUID          NOT NULL REFERENCES plan_task (id),
    agency_code VARCHAR(40)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    figure      NUMERIC(18,4),
    reported_by VARCHAR(128)  NOT NULL,
    reported_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX progress_report_task ON progress_report (task_id, reported_at);
