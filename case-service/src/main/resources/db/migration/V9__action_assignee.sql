ALTER TABLE plan_action ADD COLUMN assignee VARCHAR(128);
