CREATE TABLE dbo.Invoices (Id int);
