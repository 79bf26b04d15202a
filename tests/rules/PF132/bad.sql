ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(320) NOT NULL;  -- expect: PF133 expect: PF403
ALTER TABLE dbo.Customers ALTER COLUMN Email varchar(320) NOT NULL;  -- expect: PF132
