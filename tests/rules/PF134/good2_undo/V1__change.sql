ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(50);  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(100);
