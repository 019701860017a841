-- Retention of the message log (MessageLogRetention): applied event ids are deleted by age. BRIN:
-- rows arrive in time order, and the index costs next to nothing on each insert.
CREATE INDEX processed_event_processed_at ON processed_event USING brin (processed_at);
