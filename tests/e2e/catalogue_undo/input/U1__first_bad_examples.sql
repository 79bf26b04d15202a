-- PF134: re-creates the table, not its rows
CREATE TABLE dbo.LegacyOrders (Id int NOT NULL);
GO
-- PF405: dbo.Orders.InvoiceId is left behind
DROP TABLE dbo.Invoices;
