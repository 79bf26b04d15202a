ALTER TABLE dbo.Orders ADD Notes nvarchar(200) NULL;
GO
ALTER TABLE dbo.Orders DROP COLUMN Notes;
