-- Enabled again later, across GO, in the other form, under IF.
DISABLE TRIGGER trg_Orders_Audit ON dbo.Orders;
UPDATE dbo.Orders SET Status = 2 WHERE Status = 1;
GO
ALTER TABLE [dbo].[orders] ENABLE TRIGGER [trg_Orders_Audit];
GO
ALTER TABLE Sales.Orders DISABLE TRIGGER ALL;
IF @@ERROR = 0
  ENABLE TRIGGER ALL ON Sales.Orders;
GO
DISABLE TRIGGER dbo.trg_Lines ON Lines;
BEGIN TRY
  DELETE FROM dbo.Lines WHERE Qty = 0;
END TRY
BEGIN CATCH
  ENABLE TRIGGER trg_Lines ON dbo.Lines;
  THROW;
END CATCH
GO
-- Dropped: not left disabled.
DISABLE TRIGGER trg_Old ON dbo.Invoices;
DROP TRIGGER dbo.trg_Old;  -- expect: PF107
GO
-- A procedure that enables what it disabled.
CREATE PROCEDURE dbo.Purge AS
DISABLE TRIGGER trg_Receipts ON dbo.Receipts;
DELETE FROM dbo.Receipts WHERE Status = 9;
ENABLE TRIGGER trg_Receipts ON dbo.Receipts;
GO
DISABLE TRIGGER ddl_audit ON DATABASE;
CREATE TABLE dbo.T (Id int);
ENABLE TRIGGER ddl_audit ON DATABASE;
