-- The users of the identity provider who may receive email or SMS, as last read from Keycloak
-- (enabled users only). Replaced as a whole at each refresh; while Keycloak cannot be reached, the
-- last directory read serves. Saved notification settings override email, phone and muted channels.
CREATE TABLE directory_person (
    user_id      VARCHAR(128) PRIMARY KEY,
    email        VARCHAR(320),
    phone        VARCHAR(32),
    jurisdiction VARCHAR(16),
    agency       VARCHAR(64),
    roles        TEXT[]       NOT NULL
);
CREATE INDEX directory_person_roles ON directory_person USING gin (roles);

-- When the directory was last read, and how many people it held: one row.
CREATE TABLE directory_refresh (
    id           INT         PRIMARY KEY CHECK (id = 1),
    refreshed_at TIMESTAMPTZ NOT NULL,
    people       INT         NOT NULL
);
