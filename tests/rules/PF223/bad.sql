ALTER TABLE dbo.Orders ADD CONSTRAINT FK_Orders_C FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id);  -- expect: PF223 at=28 object=dbo.Orders.FK_Orders_C contains="adding FOREIGN KEY constraint"
ALTER TABLE dbo.Orders WITH CHECK ADD CONSTRAINT CK_Qty CHECK (Qty > 0);  -- expect: PF223 at=39 contains="adding CHECK constraint"
ALTER TABLE dbo.Orders ADD CHECK (Qty < 1000);  -- expect: PF223 object=dbo.Orders
ALTER TABLE dbo.Orders ADD CONSTRAINT CK_A CHECK (A > 0), CONSTRAINT CK_B CHECK (B > 0);  -- expect: PF223 object=dbo.Orders.CK_A expect: PF223 object=dbo.Orders.CK_B
ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT FK_Orders_C;  -- expect: PF223 contains="WITH CHECK CHECK CONSTRAINT FK_Orders_C reads every row"
ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT ALL;  -- expect: PF223
EXEC sp_executesql N'ALTER TABLE dbo.Orders ADD CONSTRAINT CK_Dyn CHECK (Qty >= 0)';  -- expect: PF223
