DROP TABLE dbo.LegacyOrders;
