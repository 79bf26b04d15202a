-- Added without a scan, validated later in the same script.
ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id);
GO
ALTER TABLE orders WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
GO
-- A new table holds only the deployment's rows.
CREATE TABLE dbo.Lines (Id int NOT NULL, OrderId int NOT NULL, Qty int NOT NULL);
GO
ALTER TABLE dbo.Lines WITH NOCHECK ADD CONSTRAINT FK_Lines_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (Id);
ALTER TABLE dbo.Lines NOCHECK CONSTRAINT ALL;  -- expect: PF801
ALTER TABLE dbo.Lines CHECK CONSTRAINT ALL;
GO
-- As SSMS scripts a constraint: added WITH CHECK, then enabled (nothing changes).
ALTER TABLE [dbo].[Invoices] WITH CHECK ADD CONSTRAINT [FK_Invoices_Orders] FOREIGN KEY ([OrderId]) REFERENCES [dbo].[Orders] ([Id])  -- expect: PF223
GO
ALTER TABLE [dbo].[Invoices] CHECK CONSTRAINT [FK_Invoices_Orders]
GO
-- Constraints that are always checked, and validation.
ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT DF_Orders_Qty DEFAULT 0 FOR Qty;
ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
CREATE TABLE #t (Id int CHECK (Id > 0));
ALTER TABLE #t CHECK CONSTRAINT ALL;
