-- Closed on every path the text shows: COMMIT after the work, ROLLBACK and THROW in CATCH.
SET XACT_ABORT ON;
BEGIN TRY
  BEGIN TRANSACTION;
  UPDATE dbo.Orders SET Status = 2 WHERE Status = 1;
  SAVE TRANSACTION after_first;
  UPDATE dbo.Orders SET Status = 3 WHERE Status = 4;
  IF @@ROWCOUNT > 1000 ROLLBACK TRANSACTION after_first;
  COMMIT TRANSACTION;
END TRY
BEGIN CATCH
  IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
  THROW;
END CATCH
GO
-- A transaction that spans batches, closed in the last one.
BEGIN TRAN
GO
UPDATE dbo.Orders SET Status = 5 WHERE Status = 6;
GO
COMMIT
GO
-- A procedure's transaction is its callers' business, not the deployment's.
CREATE PROCEDURE dbo.MoveOrders AS
BEGIN TRAN;
UPDATE dbo.Orders SET Status = 7 WHERE Status = 8;
GO
