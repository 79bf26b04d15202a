CREATE TABLE dbo.Orders (Id int NOT NULL);
WIDGET FROB dbo.Orders;
GO
DROP TABLE dbo.Orders;
