-- One row per case, deadline and kind of alert: the primary key makes each alert go out once,
-- however many replicas scan.
CREATE TABLE deadline_alert (
    case_id    UUID        NOT NULL REFERENCES child_case (id),
    deadline   VARCHAR(32) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    emitted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, deadline, kind)
);
