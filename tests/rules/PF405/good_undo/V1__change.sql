CREATE TABLE dbo.Invoices (Id int);
CREATE INDEX IX_Invoices_Id ON dbo.Invoices (Id);
ALTER TABLE dbo.Invoices ADD Total money NULL;
