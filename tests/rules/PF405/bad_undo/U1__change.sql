DROP TABLE dbo.Invoices;
