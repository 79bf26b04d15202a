CREATE TABLE [Prod.dbo].Orders (Id int NOT NULL);
CREATE TABLE Prod.dbo.Orders (Id int NOT NULL);
GO
DROP TABLE [Prod.dbo].[Orders];
DROP TABLE [Prod].[dbo].Orders;
