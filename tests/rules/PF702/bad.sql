-- Without XACT_ABORT a failed UPDATE leaves the transaction open and COMMIT keeps the rest.
BEGIN TRANSACTION;  -- expect: PF702 contains="and 1 more in this script"
UPDATE dbo.Orders SET Status = 2 WHERE Status = 1;
INSERT INTO dbo.OrderLog (OrderId, Note) SELECT OrderId, N'moved' FROM dbo.Orders WHERE Status = 2;
COMMIT;
GO
-- Switched off again before the second transaction.
SET XACT_ABORT OFF;
begin tran
DELETE FROM dbo.Queue WHERE Id = 1;
commit
