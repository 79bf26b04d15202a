ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL;  -- expect: PF402
