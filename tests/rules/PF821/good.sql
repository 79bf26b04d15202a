CREATE PROCEDURE dbo.GetOrders AS
BEGIN
  SELECT Id FROM dbo.Orders;
END
GO
GRANT EXECUTE ON dbo.GetOrders TO app_role;
GO
-- Procedures hold any statement: temporary and permanent tables, grants on other objects.
CREATE PROCEDURE dbo.Load AS
SET NOCOUNT ON;
CREATE TABLE #work (Id int);
INSERT INTO #work SELECT Id FROM dbo.Orders;
IF OBJECT_ID(N'dbo.Snapshot') IS NOT NULL DROP TABLE dbo.Snapshot;  -- expect: PF101
CREATE TABLE dbo.Snapshot (Id int);
INSERT INTO dbo.Snapshot SELECT Id FROM #work;
GRANT SELECT ON dbo.Snapshot TO reporting;
RETURN 0;
GO
-- Recursion under IF is deliberate.
CREATE PROCEDURE dbo.Walk @n int AS
SET @n = @n - 1;
IF @n > 0
  EXEC dbo.Walk @n;
GO
-- What the body does to an object the deployment handled before it, not after.
CREATE TABLE dbo.Staging (Id int);
GO
CREATE PROCEDURE dbo.Reset AS
SELECT 1;
DELETE FROM dbo.Staging WHERE Id < 0;
GRANT SELECT ON dbo.Staging TO reporting;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lists', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'PROCEDURE', @level1name = N'GetOrders';
GO
-- After the END, a SET option or RETURN is still the procedure's own.
CREATE PROCEDURE dbo.Tidy AS
BEGIN
  SET NOCOUNT ON;
  SELECT 1;
END;
SET NOCOUNT OFF;
RETURN 0;
GO
-- A second CREATE PROCEDURE in the batch: SQL Server rejects the batch, nothing runs on a call.
CREATE PROCEDURE dbo.First AS
BEGIN
  SELECT 1;
END
CREATE PROCEDURE dbo.Second AS SELECT 2;
