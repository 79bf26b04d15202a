DROP TABLE dbo.OrderArchive;
GO
-- Wrong table: dbo.Orders existed long before V1.
DROP TABLE dbo.Orders;
