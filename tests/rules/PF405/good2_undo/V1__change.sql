EXEC sp_rename 'dbo.Orders.Total', 'Amount', 'COLUMN';  -- expect: PF401
