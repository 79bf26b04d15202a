-- Forgot dbo.Orders.InvoiceId: the rollback leaves the column behind.
DROP TABLE dbo.Invoices;
