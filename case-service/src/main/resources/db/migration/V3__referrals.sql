-- Referrals to agencies: the loop closes when the agency accepts and records the outcome,
-- declines, or the officer withdraws it.
CREATE TABLE referral (
    id             UUID PRIMARY KEY,
    case_id        UUID          NOT NULL REFERENCES child_case (id),
    plan_action_id UUID REFERENCES plan_action (id),
    agency_code    VARCHAR(40)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    response_due   TIMESTAMPTZ   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    requested_by   VARCHAR(128)  NOT NULL,
    requested_at   TIMESTAMPTZ   NOT NULL,
    responded_by   VARCHAR(128),
    responded_at   TIMESTAMPTZ,
    response_note  VARCHAR(2000),
    outcome        VARCHAR(2000),
    closed_at      TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX referral_case ON referral (case_id, requested_at);
CREATE INDEX referral_agency ON referral (agency_code, status, requested_at DESC);
