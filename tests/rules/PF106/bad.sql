ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Status;  -- expect: PF106
GO
-- Renamed away first: the later DROP TABLE drops another table, and this one keeps its rows.
ALTER TABLE dbo.Invoices DROP CONSTRAINT CK_Invoices_Total;  -- expect: PF106
DROP INDEX IX_Invoices_Date ON dbo.Invoices;  -- expect: PF105
GO
EXEC sp_rename 'dbo.Invoices', 'InvoicesArchive';  -- expect: PF401
GO
CREATE TABLE dbo.Invoices (Id int);
GO
DROP TABLE dbo.Invoices;
GO
-- Renamed, but the key is not added back.
ALTER TABLE dbo.Payments DROP CONSTRAINT PK_Payments;  -- expect: PF106
GO
EXEC sp_rename 'dbo.Payments', 'Payment';  -- expect: PF401
