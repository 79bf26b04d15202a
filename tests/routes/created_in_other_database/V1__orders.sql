USE Sales;
GO
USE Staging;
GO
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
USE Sales;
GO
DROP TABLE dbo.Orders;
