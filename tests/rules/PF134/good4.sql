DROP TABLE dbo.LegacyOrders;  -- expect: PF101
