-- A data fix that switches the audit trigger off and forgets it.
DISABLE TRIGGER trg_Orders_Audit ON dbo.Orders;  -- expect: PF803 at=1 object=trg_Orders_Audit contains="switches off trigger trg_Orders_Audit on dbo.Orders, and the script never enables it again"
UPDATE dbo.Orders SET Status = 2 WHERE Status = 1;
GO
ALTER TABLE [Sales].[Orders] DISABLE TRIGGER ALL;  -- expect: PF803 at=30 object=Sales.Orders contains="every trigger on Sales.Orders"
-- Enabling one by name does not cover ALL.
ALTER TABLE Sales.Orders ENABLE TRIGGER trg_Sales_Audit;
GO
-- Another trigger, or the same name on another table, does not count.
DISABLE TRIGGER trg_A, trg_B ON dbo.Lines;  -- expect: PF803 object=trg_B message="DISABLE TRIGGER switches off trigger trg_B on dbo.Lines, and the script never enables it again: whatever the trigger does (audit, history, derived data, checks) stops for every write from now on; end the script with ENABLE TRIGGER trg_B ON dbo.Lines"
ENABLE TRIGGER trg_A ON dbo.Lines;
ENABLE TRIGGER trg_B ON dbo.Invoices;
GO
DISABLE TRIGGER ddl_audit ON DATABASE;  -- expect: PF803 contains="on DATABASE"
GO
-- In a procedure: every call leaves it off; the deployment's ENABLE does not count.
CREATE PROCEDURE dbo.Purge AS
DISABLE TRIGGER trg_Receipts ON dbo.Receipts;  -- expect: PF803 contains="runs when procedure dbo.Purge is called"
DELETE FROM dbo.Receipts WHERE Status = 9;
GO
ENABLE TRIGGER trg_Receipts ON dbo.Receipts;
GO
EXEC (N'DISABLE TRIGGER trg_Payments ON dbo.Payments');  -- expect: PF803
