DELETE FROM dbo.Orders;  -- expect: PF121
