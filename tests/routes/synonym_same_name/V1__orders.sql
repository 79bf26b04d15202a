CREATE SYNONYM dbo.OrdersAlias FOR dbo.Orders;
GO
DELETE FROM dbo.OrdersAlias;
