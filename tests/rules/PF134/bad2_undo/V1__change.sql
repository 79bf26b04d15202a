ALTER TABLE dbo.Orders DROP COLUMN Notes;  -- expect: PF134 expect: PF102
