USE Sales;
GO
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
USE Staging;
GO
USE Sales;
GO
DROP TABLE Sales.dbo.Orders;
