CREATE TABLE dbo.Orders (Id int);
GO 0
DROP TABLE dbo.Orders;
