CREATE TABLE [Prod.dbo].Orders (Id int NOT NULL);
GO
DROP TABLE Prod.dbo.Orders;
