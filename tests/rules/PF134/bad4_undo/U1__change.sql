ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(320);
