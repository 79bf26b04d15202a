-- A data fix that switches a foreign key off and never validates it again.
ALTER TABLE dbo.Orders NOCHECK CONSTRAINT FK_Orders_Customers;  -- expect: PF801 at=24 object=dbo.Orders.FK_Orders_Customers contains="never enables it again"
INSERT INTO dbo.Orders (Id, CustomerId) VALUES (1, 99);
GO
-- Re-enabled, but without WITH CHECK: the rows loaded meanwhile are never looked at.
ALTER TABLE [Sales].[Orders] NOCHECK CONSTRAINT ALL;  -- expect: PF801 object=Sales.Orders contains="the CHECK CONSTRAINT at line 9 enables it again without WITH CHECK"
INSERT INTO Sales.Orders (Id) VALUES (2);
GO
ALTER TABLE sales.orders CHECK CONSTRAINT ALL;  -- expect: PF802
GO
-- Two constraints, one validated later: the message names the other.
ALTER TABLE dbo.Lines NOCHECK CONSTRAINT FK_Lines_Orders, CK_Lines_Qty;  -- expect: PF801 object=dbo.Lines message="NOCHECK switches off constraint CK_Lines_Qty of dbo.Lines, and the script never enables it again: rows written from now on are not checked against it; end the script with ALTER TABLE dbo.Lines WITH CHECK CHECK CONSTRAINT CK_Lines_Qty"
ALTER TABLE dbo.Lines WITH CHECK CHECK CONSTRAINT FK_Lines_Orders;  -- expect: PF223
GO
-- Validated, then switched off again: the second NOCHECK is the one left.
ALTER TABLE dbo.Stock NOCHECK CONSTRAINT CK_Stock_Qty;
ALTER TABLE dbo.Stock WITH CHECK CHECK CONSTRAINT CK_Stock_Qty;  -- expect: PF223
ALTER TABLE dbo.Stock NOCHECK CONSTRAINT CK_Stock_Qty;  -- expect: PF801
GO
-- Validating constraints by name does not cover ALL.
ALTER TABLE dbo.Invoices NOCHECK CONSTRAINT ALL;  -- expect: PF801 contains="every constraint of dbo.Invoices"
ALTER TABLE dbo.Invoices WITH CHECK CHECK CONSTRAINT FK_Invoices_Orders;  -- expect: PF223
GO
-- In a procedure: every call switches it off; the deployment's later re-enable does not count.
CREATE PROCEDURE dbo.LoadReceipts AS
ALTER TABLE dbo.Receipts NOCHECK CONSTRAINT ALL;  -- expect: PF801 contains="runs when procedure dbo.LoadReceipts is called"
INSERT INTO dbo.Receipts SELECT * FROM dbo.Staging;  -- expect: PF824
GO
ALTER TABLE dbo.Receipts WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
GO
EXEC (N'ALTER TABLE dbo.Payments NOCHECK CONSTRAINT FK_Payments_Orders');  -- expect: PF801
