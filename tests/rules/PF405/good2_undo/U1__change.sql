EXEC sp_rename '[dbo].[Orders].[Amount]', 'Total', 'COLUMN';  -- expect: PF401
