ALTER TABLE dbo.Orders ALTER COLUMN Region char(2) NOT NULL;  -- expect: PF403 expect: PF133
