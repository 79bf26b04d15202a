CREATE TABLE dbo.Invoices (Id int);
ALTER TABLE dbo.Orders ADD InvoiceId int NULL;  -- expect: PF405
