ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(320);  -- expect: PF133
ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(100);  -- expect: PF134 expect: PF132
