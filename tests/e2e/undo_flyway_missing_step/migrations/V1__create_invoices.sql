CREATE TABLE dbo.Invoices (Id int NOT NULL, Total money NOT NULL);
GO
CREATE INDEX IX_Invoices_Total ON dbo.Invoices (Total);
GO
ALTER TABLE dbo.Orders ADD InvoiceId int NULL;
