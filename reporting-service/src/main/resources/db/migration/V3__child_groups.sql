-- The groups of children in special circumstances (Art. 10) each case's child was found in.
CREATE TABLE case_fact_child_group (
    case_id     UUID        NOT NULL REFERENCES case_fact (case_id),
    child_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, child_group)
);
