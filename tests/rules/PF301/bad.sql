DECLARE @sql nvarchar(max) = N'SELECT 1';
EXEC (@sql);  -- expect: PF301
