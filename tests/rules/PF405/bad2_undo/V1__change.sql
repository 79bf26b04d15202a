EXEC sp_rename 'dbo.Orders.Total', 'Amount', 'COLUMN';  -- expect: PF405 expect: PF401
