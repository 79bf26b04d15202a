ALTER TABLE dbo.Orders ADD Notes nvarchar(max) NULL;
