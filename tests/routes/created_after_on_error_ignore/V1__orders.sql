:on error ignore
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
