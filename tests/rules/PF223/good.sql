ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_C FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id);  -- expect: PF802
ALTER TABLE dbo.Orders CHECK CONSTRAINT FK_Orders_C;
ALTER TABLE dbo.Orders NOCHECK CONSTRAINT FK_Orders_C;  -- expect: PF801
ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Orders_Qty DEFAULT 0 FOR Qty;
-- A new table is empty: nothing to scan.
CREATE TABLE dbo.Lines (Id int NOT NULL, OrderId int NOT NULL, Qty int NOT NULL);
ALTER TABLE dbo.Lines ADD CONSTRAINT FK_Lines_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (Id);
ALTER TABLE dbo.Lines WITH CHECK ADD CONSTRAINT CK_Lines_Qty CHECK (Qty > 0);
ALTER TABLE dbo.Lines WITH CHECK CHECK CONSTRAINT ALL;
CREATE TABLE #work (Id int);
ALTER TABLE #work ADD CHECK (Id > 0);
GO
IF OBJECT_ID(N'dbo.Policy') IS NULL
BEGIN
  CREATE TABLE dbo.Policy (Id int NOT NULL, OrderId int NULL);
  ALTER TABLE dbo.Policy ADD CONSTRAINT FK_Policy_Orders FOREIGN KEY (OrderId) REFERENCES dbo.Orders (Id);
END
GO
CREATE PROCEDURE dbo.TestSetup AS
BEGIN
  CREATE TABLE dbo.Scratch (a int PRIMARY KEY, b int);
  ALTER TABLE dbo.Scratch ADD CONSTRAINT FK_Scratch_Orders FOREIGN KEY (b) REFERENCES dbo.Orders (Id);
END;
