EXEC (N'SELECT 1');
GO
-- A variable that certainly holds one literal is that literal: parsed, and its statements judged.
DECLARE @sql nvarchar(max) = N'SELECT 1';
EXEC (@sql);
GO
DECLARE @sql AS nvarchar(200);
SET @sql = N'DROP TABLE dbo.Orders';  -- expect: PF101 at=14
EXEC sys.sp_executesql @sql;
GO
declare @stmt sysname
set @stmt = N'TRUNCATE TABLE dbo.Audit'  -- expect: PF111 at=15
exec sp_executesql @stmt = @stmt
GO
DECLARE @q varchar(50) = 'SELECT 1';
EXECUTE (@q);
