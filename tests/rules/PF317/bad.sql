-- reviewed, harmless ‮  -- expect: PF317
DROP TABLE dbo.Orders;  -- expect: PF101
