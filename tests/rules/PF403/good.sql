ALTER TABLE dbo.Orders ALTER COLUMN Region char(2) NULL;  -- expect: PF133
