-- The first bad example of each rule that needs an undo script (rules/*.yaml `undo:`).
-- PF134 undo-cannot-restore
DROP TABLE dbo.LegacyOrders;
GO
-- PF405 undo-missing-inverse
CREATE TABLE dbo.Invoices (Id int);
ALTER TABLE dbo.Orders ADD InvoiceId int NULL;
