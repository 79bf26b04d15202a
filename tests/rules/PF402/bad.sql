ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL;  -- expect: PF402
-- A default for another column does not give this one a value.
ALTER TABLE dbo.Orders ADD Level int NOT NULL, CONSTRAINT DF_Orders_Other DEFAULT 0 FOR Other;  -- expect: PF402
