CREATE TABLE Staging.dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
