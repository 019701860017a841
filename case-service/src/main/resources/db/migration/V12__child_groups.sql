-- The groups of children in special circumstances (Law on Children Art. 10) the initial assessment found.
CREATE TABLE case_assessment_child_group (
    assessment_id UUID        NOT NULL REFERENCES case_assessment (id),
    child_group   VARCHAR(40) NOT NULL,
    PRIMARY KEY (assessment_id, child_group)
);
