ALTER TABLE dbo.Orders ADD Beta int NULL;
ALTER TABLE dbo.Orders ALTER COLUMN Zeta bigint NOT NULL;
ALTER TABLE dbo.Orders DROP COLUMN Middle;
ALTER TABLE dbo.Orders ADD Middle datetime2 NULL;
