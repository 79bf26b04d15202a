TRUNCATE TABLE dbo.Orders;  -- expect: PF111
