ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id);  -- expect: PF802 at=41 object=dbo.Orders.FK_Orders_Customers contains="FOREIGN KEY constraint FK_Orders_Customers is added WITH NOCHECK"
ALTER TABLE [Sales].[Orders] WITH NOCHECK ADD CHECK (Qty > 0);  -- expect: PF802 object=Sales.Orders contains="CHECK constraint (unnamed)"
ALTER TABLE dbo.Orders CHECK CONSTRAINT FK_Orders_Old;  -- expect: PF802 at=24 object=dbo.Orders.FK_Orders_Old contains="CHECK CONSTRAINT enables constraint FK_Orders_Old of dbo.Orders without validating"
ALTER TABLE dbo.Orders WITH NOCHECK CHECK CONSTRAINT ALL;  -- expect: PF802 object=dbo.Orders contains="WITH NOCHECK CHECK CONSTRAINT enables every constraint of dbo.Orders"
GO
-- Validated later, but only one of the two.
ALTER TABLE dbo.Lines WITH NOCHECK ADD CONSTRAINT FK_Lines_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (Id), CONSTRAINT CK_Lines_Qty CHECK (Qty > 0);  -- expect: PF802 object=dbo.Lines.CK_Lines_Qty
GO
ALTER TABLE dbo.Lines WITH CHECK CHECK CONSTRAINT FK_Lines_Orders;  -- expect: PF223
GO
-- In a procedure: the table holds rows by the time it is called.
CREATE PROCEDURE dbo.Reload AS
ALTER TABLE dbo.Orders CHECK CONSTRAINT ALL;  -- expect: PF802 contains="runs when procedure dbo.Reload is called"
GO
EXEC sp_executesql N'ALTER TABLE dbo.Payments WITH NOCHECK ADD CONSTRAINT CK_Payments_Amount CHECK (Amount >= 0)';  -- expect: PF802
