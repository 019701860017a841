-- Idempotency keys moved to the table platform/service-kit keeps for every service (idempotent_request).
DROP TABLE idempotency_key;
