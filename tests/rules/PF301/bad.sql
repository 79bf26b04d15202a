DECLARE @sql nvarchar(max) = N'SELECT 1';
SET @sql = @sql + N' UNION SELECT 2';
EXEC (@sql);  -- expect: PF301
GO
-- Assigned twice: which text runs depends on the path.
DECLARE @sql nvarchar(max) = N'SELECT 1';
IF DB_NAME() = N'Prod' SET @sql = N'DROP TABLE dbo.Orders';
EXEC (@sql);  -- expect: PF301
GO
-- Given by SELECT, or read elsewhere: not followed.
DECLARE @sql nvarchar(max);
SELECT @sql = N'SELECT 1';
EXEC (@sql);  -- expect: PF301
GO
DECLARE @sql nvarchar(max) = N'SELECT 1';
PRINT @sql;
EXEC sp_executesql @sql;  -- expect: PF301
GO
-- Too short: SQL Server cuts the literal to 20 characters, and what runs is not what is written.
DECLARE @sql nvarchar(20) = N'DELETE FROM dbo.Orders WHERE Id = 1';
EXEC (@sql);  -- expect: PF301
GO
-- Concatenated, or a non-Unicode variable given text outside ASCII.
DECLARE @sql nvarchar(max) = N'SELECT 1' + N'';
EXEC (@sql);  -- expect: PF301
GO
DECLARE @sql varchar(100) = 'SELECT N''Café''';
EXEC (@sql);  -- expect: PF301
GO
-- Used after the EXEC too.
DECLARE @sql nvarchar(max) = N'SELECT 1';
EXEC (@sql);  -- expect: PF301
EXEC (@sql);  -- expect: PF301
