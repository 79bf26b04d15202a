ALTER TABLE dbo.Orders ADD RowGuid uniqueidentifier NULL DEFAULT NEWID();
ALTER TABLE dbo.Orders ADD Total AS Price * Qty;
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
ALTER TABLE dbo.Orders ADD Created datetime2 NULL CONSTRAINT DF_Created DEFAULT SYSDATETIME();
-- A table the deployment creates has no rows to fill.
CREATE TABLE dbo.Fresh (Id int);
ALTER TABLE dbo.Fresh ADD Seq int IDENTITY(1, 1) NOT NULL, G uniqueidentifier NOT NULL DEFAULT NEWID();
CREATE TABLE #work (Id int);
ALTER TABLE #work ADD Flag bit NOT NULL DEFAULT 0;
