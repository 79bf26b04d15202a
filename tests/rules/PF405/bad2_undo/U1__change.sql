EXEC sp_rename 'dbo.Orders.Amount', 'Totl', 'COLUMN';  -- expect: PF401
