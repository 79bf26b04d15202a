ALTER TABLE dbo.Orders ALTER COLUMN Note varchar(400) NULL;
ALTER TABLE dbo.Orders ALTER COLUMN Code nvarchar(20) NULL;
