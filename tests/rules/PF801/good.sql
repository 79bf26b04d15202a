-- Switched off for a load and validated afterwards, across GO and in another form of the name.
ALTER TABLE dbo.Orders NOCHECK CONSTRAINT FK_Orders_Customers;
INSERT INTO dbo.Orders (Id, CustomerId) VALUES (1, 99);
GO
ALTER TABLE [dbo].[orders] WITH CHECK CHECK CONSTRAINT [FK_Orders_Customers];  -- expect: PF223
GO
ALTER TABLE Sales.Orders NOCHECK CONSTRAINT ALL;
IF @@ERROR = 0
  ALTER TABLE Sales.Orders WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
GO
-- A temporary table's constraints live as long as the session.
CREATE TABLE #load (Id int CHECK (Id > 0));
ALTER TABLE #load NOCHECK CONSTRAINT ALL;
GO
-- A procedure that validates what it switched off.
CREATE PROCEDURE dbo.LoadOrders AS
ALTER TABLE dbo.Orders NOCHECK CONSTRAINT ALL;
INSERT INTO dbo.Orders SELECT * FROM dbo.Staging;  -- expect: PF824
ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
GO
