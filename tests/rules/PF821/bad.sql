-- The GRANT after the END is part of the procedure: granted on every call, never at deployment.
CREATE PROCEDURE dbo.GetOrders AS
BEGIN
  SELECT Id FROM dbo.Orders;
END
GRANT EXECUTE ON dbo.GetOrders TO app_role;  -- expect: PF821 at=1 end=6:43 object=dbo.GetOrders message="this statement is part of procedure dbo.GetOrders's body, not of the deployment: it follows the END that closes the BEGIN ... END around the body, but a body runs to the end of the batch, so it runs every time the procedure is called, not once now; put GO after the procedure's last statement (line 5)"
GO
-- Without BEGIN ... END: the GRANT on the procedure itself, and what follows it.
create procedure [dbo].[ListLines] as
select Id from dbo.Lines;
grant execute on [dbo].[ListLines] to [app];  -- expect: PF821 contains="grants, denies or revokes a permission on the module itself" contains="it and the 1 statement after it run"
print 'created';
GO
-- The next object's guard: dbo.B is then never dropped at deployment, and CREATE PROCEDURE fails.
CREATE PROCEDURE dbo.A AS
SELECT 1;
IF OBJECT_ID(N'dbo.B') IS NOT NULL DROP PROCEDURE dbo.B;  -- expect: PF821 contains="works on an object that the deployment itself creates or changes after the module" expect: PF107
GO
CREATE PROCEDURE dbo.B AS SELECT 2;
GO
CREATE PROCEDURE dbo.Documented AS
SELECT 1;
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lists', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'PROCEDURE', @level1name = N'Documented';  -- expect: PF821 contains="documents the module"
GO
CREATE PROCEDURE dbo.Loop AS
SELECT 1;
EXEC dbo.Loop;  -- expect: PF821 contains="calls the procedure itself"
GO
CREATE TRIGGER dbo.trg_Orders ON dbo.Orders AFTER INSERT AS
BEGIN
  SET NOCOUNT ON;
END
CREATE TABLE dbo.Audit (Id int NOT NULL);  -- expect: PF821 contains="part of trigger dbo.trg_Orders's body" contains="every time the trigger fires"
GO
