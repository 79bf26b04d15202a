SELECT 1;
GO -- doneDROP TABLE dbo.Orders;
SELECT 2;
