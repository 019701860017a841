-- Which view of a case a read served: the whole case, or an agency's least-privilege view of a
-- referral of the case or of one plan action (issue #20).
ALTER TABLE case_access_log ADD COLUMN view VARCHAR(32) NOT NULL DEFAULT 'CASE';
