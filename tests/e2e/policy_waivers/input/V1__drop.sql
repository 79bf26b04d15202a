DROP TABLE dbo.LegacyOrders;
DROP TABLE dbo.Customers;
