-- Duplicate detection: the same child reported twice is suggested as a match; an officer confirms
-- (the new case is merged into the earlier one) or rejects each suggestion.
ALTER TABLE intake
    ADD COLUMN child_personal_id CHAR(12),
    ADD COLUMN child_birth_year  INT;
UPDATE intake SET child_birth_year = COALESCE(EXTRACT(YEAR FROM child_birth_date)::int,
                                              EXTRACT(YEAR FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - child_estimated_age)
 WHERE child_name IS NOT NULL;
CREATE INDEX intake_child_personal_id ON intake (child_personal_id) WHERE child_personal_id IS NOT NULL;
CREATE INDEX intake_child_match ON intake (commune_code, child_name_folded, child_birth_year);

ALTER TABLE child_case ADD COLUMN merged_into UUID REFERENCES child_case (id);

CREATE TABLE case_match_suggestion (
    id                UUID PRIMARY KEY,
    case_id           UUID        NOT NULL REFERENCES child_case (id),
    candidate_case_id UUID        NOT NULL REFERENCES child_case (id),
    reason            VARCHAR(32) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    decided_by        VARCHAR(128),
    decided_at        TIMESTAMPTZ,
    UNIQUE (case_id, candidate_case_id)
);

-- Every intake that concerns a case: the one that opened it and those merged into it.
CREATE TABLE case_intake_link (
    case_id   UUID        NOT NULL REFERENCES child_case (id),
    intake_id UUID        NOT NULL REFERENCES intake (id),
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, intake_id)
);
INSERT INTO case_intake_link (case_id, intake_id, linked_at) SELECT id, intake_id, opened_at FROM child_case;
