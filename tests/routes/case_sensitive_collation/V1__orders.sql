CREATE TABLE dbo.orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
