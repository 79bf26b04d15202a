-- A backfill that opens a transaction and forgets to close it: the locks stay until the
-- connection ends, and sqlcmd's disconnect rolls the work back.
SET XACT_ABORT ON;
BEGIN TRANSACTION;  -- expect: PF701
UPDATE dbo.Orders SET Status = 2 WHERE Status = 1;
GO
UPDATE dbo.Orders SET Status = 3 WHERE Status = 4;
GO
