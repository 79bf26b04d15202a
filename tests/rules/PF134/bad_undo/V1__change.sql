DROP TABLE dbo.LegacyOrders;  -- expect: PF134 expect: PF101
