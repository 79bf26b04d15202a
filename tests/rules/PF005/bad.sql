-- noteDROP TABLE dbo.Orders;  -- expect: PF005 expect: PF101
