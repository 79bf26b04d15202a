EXEC sp_rename 'dbo.Orders.Amount', 'TotalAmount', 'COLUMN';  -- expect: PF401
