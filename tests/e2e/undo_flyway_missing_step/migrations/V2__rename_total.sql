EXEC sp_rename 'dbo.Orders.Total', 'Amount', 'COLUMN';
GO
CREATE VIEW dbo.OpenOrders AS SELECT Id, Amount FROM dbo.Orders WHERE Closed = 0;
