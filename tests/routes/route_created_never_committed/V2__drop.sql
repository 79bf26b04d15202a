DROP TABLE dbo.Orders;
