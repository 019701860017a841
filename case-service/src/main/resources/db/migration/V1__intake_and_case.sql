CREATE TABLE intake (
    id                  UUID PRIMARY KEY,
    channel             VARCHAR(32)   NOT NULL,
    received_at         TIMESTAMPTZ   NOT NULL,
    caller_relationship VARCHAR(32)   NOT NULL,
    child_name          VARCHAR(200)  NOT NULL,
    child_name_folded   VARCHAR(200)  NOT NULL,
    child_sex           VARCHAR(16)   NOT NULL,
    child_birth_date    DATE,
    child_estimated_age INT,
    province_code       CHAR(2)       NOT NULL,
    commune_code        CHAR(5)       NOT NULL,
    summary             VARCHAR(4000) NOT NULL,
    recorded_by         VARCHAR(128)  NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT intake_child_age_given CHECK (child_birth_date IS NOT NULL OR child_estimated_age IS NOT NULL)
);
CREATE INDEX intake_child_name_folded ON intake (child_name_folded);

CREATE TABLE intake_harm_type (
    intake_id UUID        NOT NULL REFERENCES intake (id),
    harm_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (intake_id, harm_type)
);

CREATE TABLE child_case (
    id                 UUID PRIMARY KEY,
    reference          VARCHAR(20) NOT NULL UNIQUE,
    intake_id          UUID        NOT NULL UNIQUE REFERENCES intake (id),
    status             VARCHAR(32) NOT NULL,
    province_code      CHAR(2)     NOT NULL,
    commune_code       CHAR(5)     NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    emergency_deadline TIMESTAMPTZ NOT NULL,
    opened_at          TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX child_case_scope ON child_case (province_code, commune_code, received_at);

CREATE TABLE case_reference_counter (
    province_code CHAR(2) NOT NULL,
    year          INT     NOT NULL,
    last_value    BIGINT  NOT NULL,
    PRIMARY KEY (province_code, year)
);

-- Every read of case details (DESIGN.md section 5; Law 91/2025 on personal data protection).
CREATE TABLE case_access_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     UUID         NOT NULL,
    user_id     VARCHAR(128) NOT NULL,
    roles       VARCHAR(512) NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    purpose     VARCHAR(200) NOT NULL,
    accessed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX case_access_log_case ON case_access_log (case_id, accessed_at);
