-- Issue #18: the closure review (Mẫu 06) may record whether the support plan's goals were met.
ALTER TABLE child_case ADD COLUMN plan_goals_outcome VARCHAR(16);
