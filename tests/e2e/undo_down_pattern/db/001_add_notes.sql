ALTER TABLE dbo.Orders ADD Notes nvarchar(400) NULL;
