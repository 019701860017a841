-- Issue #6: routing rules as data, per-user read state, recipients' settings, webhooks,
-- deliveries per channel with retries, and deadline reminders driven by case events.

-- A notification is one rule applied to one event or reminder: addressed to a role in a
-- jurisdiction or at an agency. It shows in the inbox when the rule has the INBOX channel.
ALTER TABLE notification
    DROP CONSTRAINT notification_subject,
    ALTER COLUMN recipient_jurisdiction DROP NOT NULL,
    ADD COLUMN recipient_agency VARCHAR(32),
    ADD COLUMN province_code    VARCHAR(2),
    ADD COLUMN trigger          VARCHAR(128),
    ADD COLUMN rule_id          UUID,
    ADD COLUMN legal_deadline   BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN in_inbox         BOOLEAN NOT NULL DEFAULT true,
    ADD CONSTRAINT notification_recipient CHECK (recipient_jurisdiction IS NOT NULL OR recipient_agency IS NOT NULL);
CREATE UNIQUE INDEX notification_once_per_rule ON notification (source_event_id, rule_id, coalesce(recipient_agency, ''));
CREATE INDEX notification_agency_inbox ON notification (recipient_agency, recipient_role, created_at DESC, id DESC)
    WHERE recipient_agency IS NOT NULL;

-- Read state is per user: an entry addressed to a role is read by each of its people on their own.
CREATE TABLE notification_read (
    notification_id UUID         NOT NULL REFERENCES notification (id),
    user_id         VARCHAR(128) NOT NULL,
    read_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
INSERT INTO notification_read (notification_id, user_id, read_at)
    SELECT id, read_by, read_at FROM notification WHERE read_at IS NOT NULL AND read_by IS NOT NULL;
ALTER TABLE notification DROP COLUMN read_at, DROP COLUMN read_by;

CREATE TABLE routing_rule (
    id                UUID PRIMARY KEY,
    trigger           VARCHAR(128) NOT NULL,  -- a CloudEvents type, or reminder.EMERGENCY_MEASURES / reminder.SUPPORT_PLAN
    notification_type VARCHAR(64)  NOT NULL,
    recipient_role    VARCHAR(64)  NOT NULL,
    recipient_scope   VARCHAR(16)  NOT NULL,  -- COMMUNE, PROVINCE, JURISDICTION, NATIONAL, AGENCY
    channels          VARCHAR(64)  NOT NULL,  -- comma-separated: INBOX, EMAIL, SMS, WEBHOOK
    legal_deadline    BOOLEAN      NOT NULL DEFAULT false,  -- cannot be muted
    enabled           BOOLEAN      NOT NULL DEFAULT true,
    description       VARCHAR(300),
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (trigger, notification_type, recipient_role, recipient_scope)
);
CREATE INDEX routing_rule_trigger ON routing_rule (trigger) WHERE enabled;

-- The people who want email or SMS: roles, jurisdiction and agency as their token said when they last saved.
CREATE TABLE recipient (
    user_id      VARCHAR(128) PRIMARY KEY,
    email        VARCHAR(254),
    phone        VARCHAR(20),
    jurisdiction VARCHAR(8),
    agency       VARCHAR(32),
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0
);
CREATE TABLE recipient_role (
    user_id VARCHAR(128) NOT NULL REFERENCES recipient (user_id) ON DELETE CASCADE,
    role    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX recipient_role_lookup ON recipient_role (role);
CREATE TABLE recipient_muted_channel (
    user_id VARCHAR(128) NOT NULL REFERENCES recipient (user_id) ON DELETE CASCADE,
    channel VARCHAR(16)  NOT NULL,
    PRIMARY KEY (user_id, channel)
);

-- Partner systems' endpoints, per agency. The secret signs each body (HMAC-SHA256).
CREATE TABLE webhook (
    id          UUID PRIMARY KEY,
    agency_code VARCHAR(32)  NOT NULL,
    url         VARCHAR(500) NOT NULL,
    secret      VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT true,
    created_by  VARCHAR(128) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX webhook_agency ON webhook (agency_code) WHERE active;

-- One delivery of a notification through one channel to one receiver; its id is the
-- notification id header receivers dedupe on.
CREATE TABLE delivery (
    id               UUID PRIMARY KEY,
    notification_id  UUID         NOT NULL REFERENCES notification (id),
    channel          VARCHAR(16)  NOT NULL,
    recipient_user   VARCHAR(128),
    webhook_id       UUID REFERENCES webhook (id),
    address          VARCHAR(500) NOT NULL,
    status           VARCHAR(16)  NOT NULL,  -- PENDING, DELIVERED, DEAD
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_error       VARCHAR(200),
    created_at       TIMESTAMPTZ  NOT NULL,
    finished_at      TIMESTAMPTZ,
    CHECK (recipient_user IS NOT NULL OR webhook_id IS NOT NULL)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_log ON delivery (created_at DESC, id DESC);
CREATE INDEX delivery_notification ON delivery (notification_id);

-- Reminders before legal deadlines, scheduled from case events and cancelled by them.
CREATE TABLE deadline_reminder (
    id             UUID PRIMARY KEY,
    case_id        UUID        NOT NULL,
    case_reference VARCHAR(20) NOT NULL,
    province_code  VARCHAR(2)  NOT NULL,
    commune_code   VARCHAR(5),
    deadline       VARCHAR(32) NOT NULL,  -- EMERGENCY_MEASURES, SUPPORT_PLAN
    due_at         TIMESTAMPTZ NOT NULL,
    remind_at      TIMESTAMPTZ NOT NULL,
    status         VARCHAR(16) NOT NULL,  -- SCHEDULED, SENT, CANCELLED, EXPIRED
    status_reason  VARCHAR(64),
    updated_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, deadline)
);
CREATE INDEX deadline_reminder_due ON deadline_reminder (remind_at) WHERE status = 'SCHEDULED';

-- The rules the system starts with; admins change them through /api/v1/routing-rules.
INSERT INTO routing_rule (id, trigger, notification_type, recipient_role, recipient_scope, channels, legal_deadline, description) VALUES
 ('00000000-0000-4000-8000-000000000001', 'vn.cps.case.opened.v1', 'CASE_OPENED', 'case-worker', 'COMMUNE', 'INBOX,EMAIL', false, 'A new case: the commune''s child-protection officers assess it; the 12-hour clock runs'),
 ('00000000-0000-4000-8000-000000000002', 'vn.cps.case.opened.v1', 'CASE_OPENED', 'case-approver', 'COMMUNE', 'INBOX', false, 'A new case: the commune chair may have to decide emergency measures'),
 ('00000000-0000-4000-8000-000000000003', 'vn.cps.case.plan-submitted.v1', 'PLAN_SUBMITTED', 'case-approver', 'COMMUNE', 'INBOX,EMAIL', false, 'A support plan waits for the chair''s approval'),
 ('00000000-0000-4000-8000-000000000004', 'vn.cps.case.referral-requested.v1', 'REFERRAL_REQUESTED', 'agency-liaison', 'AGENCY', 'INBOX,EMAIL', false, 'A case was referred to the agency'),
 ('00000000-0000-4000-8000-000000000005', 'vn.cps.case.referral-requested.v1', 'REFERRAL_REQUESTED', 'partner-system', 'AGENCY', 'WEBHOOK', false, 'A case was referred to the agency: its own system is told'),
 ('00000000-0000-4000-8000-000000000006', 'vn.cps.case.referral-accepted.v1', 'REFERRAL_ACCEPTED', 'case-worker', 'COMMUNE', 'INBOX', false, 'The agency took the referral'),
 ('00000000-0000-4000-8000-000000000007', 'vn.cps.case.referral-declined.v1', 'REFERRAL_DECLINED', 'case-worker', 'COMMUNE', 'INBOX,EMAIL', false, 'The agency declined: the commune must refer elsewhere'),
 ('00000000-0000-4000-8000-000000000008', 'vn.cps.case.referral-completed.v1', 'REFERRAL_COMPLETED', 'case-worker', 'COMMUNE', 'INBOX', false, 'The agency reported its part done'),
 ('00000000-0000-4000-8000-000000000009', 'vn.cps.case.referral-withdrawn.v1', 'REFERRAL_WITHDRAWN', 'agency-liaison', 'AGENCY', 'INBOX', false, 'The commune withdrew the referral'),
 ('00000000-0000-4000-8000-00000000000a', 'vn.cps.case.referral-withdrawn.v1', 'REFERRAL_WITHDRAWN', 'partner-system', 'AGENCY', 'WEBHOOK', false, 'The commune withdrew the referral: the agency''s system is told'),
 ('00000000-0000-4000-8000-00000000000b', 'vn.cps.case.action-assigned.v1', 'ACTION_ASSIGNED', 'agency-liaison', 'AGENCY', 'INBOX', false, 'An action of an approved plan is the agency''s'),
 ('00000000-0000-4000-8000-00000000000c', 'reminder.EMERGENCY_MEASURES', 'DEADLINE_REMINDER', 'case-approver', 'COMMUNE', 'INBOX,EMAIL,SMS', true, 'Two hours before the 12-hour emergency deadline'),
 ('00000000-0000-4000-8000-00000000000d', 'reminder.EMERGENCY_MEASURES', 'DEADLINE_REMINDER', 'case-worker', 'COMMUNE', 'INBOX,EMAIL', true, 'Two hours before the 12-hour emergency deadline'),
 ('00000000-0000-4000-8000-00000000000e', 'reminder.SUPPORT_PLAN', 'DEADLINE_REMINDER', 'case-worker', 'COMMUNE', 'INBOX,EMAIL', true, 'One working day before the 5-working-day plan deadline'),
 ('00000000-0000-4000-8000-00000000000f', 'reminder.SUPPORT_PLAN', 'DEADLINE_REMINDER', 'case-approver', 'COMMUNE', 'INBOX', true, 'One working day before the 5-working-day plan deadline'),
 ('00000000-0000-4000-8000-000000000010', 'vn.cps.case.deadline-missed.v1', 'DEADLINE_MISSED', 'case-supervisor', 'PROVINCE', 'INBOX,EMAIL,SMS', true, 'A legal deadline passed: the provincial supervisor is alerted'),
 ('00000000-0000-4000-8000-000000000011', 'vn.cps.case.deadline-missed.v1', 'DEADLINE_MISSED', 'case-approver', 'COMMUNE', 'INBOX,EMAIL', true, 'A legal deadline passed: the commune chair is told'),
 ('00000000-0000-4000-8000-000000000012', 'vn.cps.plan.task-assigned.v1', 'TASK_ASSIGNED', 'plan-contributor', 'AGENCY', 'INBOX,EMAIL', false, 'The lead agency of a plan task'),
 ('00000000-0000-4000-8000-000000000013', 'vn.cps.plan.task-assigned.v1', 'TASK_ASSIGNED', 'partner-system', 'AGENCY', 'WEBHOOK', false, 'The lead agency''s system'),
 ('00000000-0000-4000-8000-000000000014', 'vn.cps.plan.task-overdue.v1', 'TASK_OVERDUE', 'plan-contributor', 'AGENCY', 'INBOX', false, 'A task of the agency is past its due date'),
 ('00000000-0000-4000-8000-000000000015', 'vn.cps.plan.task-overdue.v1', 'TASK_OVERDUE', 'plan-manager', 'JURISDICTION', 'INBOX', false, 'A task of the plan is past its due date'),
 ('00000000-0000-4000-8000-000000000016', 'vn.cps.plan.target-at-risk.v1', 'TARGET_AT_RISK', 'plan-manager', 'JURISDICTION', 'INBOX,EMAIL', false, 'A target fell behind its line'),
 ('00000000-0000-4000-8000-000000000017', 'vn.cps.plan.target-missed.v1', 'TARGET_MISSED', 'plan-manager', 'JURISDICTION', 'INBOX,EMAIL', false, 'A target''s period ended short of it'),
 ('00000000-0000-4000-8000-000000000018', 'vn.cps.plan.recommendation-issued.v1', 'RECOMMENDATION_ISSUED', 'plan-contributor', 'AGENCY', 'INBOX', false, 'An inspection recommendation assigned to the agency'),
 ('00000000-0000-4000-8000-000000000019', 'vn.cps.plan.recommendation-issued.v1', 'RECOMMENDATION_ISSUED', 'partner-system', 'AGENCY', 'WEBHOOK', false, 'An inspection recommendation assigned to the agency: its system is told');

UPDATE notification SET trigger = CASE type
        WHEN 'CASE_OPENED' THEN 'vn.cps.case.opened.v1'
        WHEN 'TARGET_AT_RISK' THEN 'vn.cps.plan.target-at-risk.v1'
        ELSE 'vn.cps.plan.target-missed.v1' END;
