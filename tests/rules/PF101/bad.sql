DROP TABLE dbo.Orders;  -- expect: PF101
