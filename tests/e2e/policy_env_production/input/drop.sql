CREATE TABLE dbo.Archive (Id int);
GO
DROP TABLE dbo.LegacyOrders;
