ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL CONSTRAINT DF_Orders_Region DEFAULT 'EU';  -- expect: PF225
-- The default as a table-level constraint in the same ADD: SQL Server fills existing rows with it.
ALTER TABLE dbo.Orders ADD Priority int NOT NULL, CONSTRAINT DF_Orders_Priority DEFAULT 0 FOR Priority;  -- expect: PF225
ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Orders_Rank DEFAULT 1 FOR [rank], [Rank] int NOT NULL;  -- expect: PF225
