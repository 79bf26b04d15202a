DROP VIEW IF EXISTS dbo.OpenOrders;
GO
EXEC sp_rename '[dbo].[Orders].[Amount]', 'Total', 'COLUMN';
