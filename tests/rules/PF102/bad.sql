ALTER TABLE dbo.Orders DROP COLUMN LegacyCode;  -- expect: PF102
