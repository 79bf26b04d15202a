ALTER TABLE dbo.Customers ADD Region char(2) NULL;
EXEC sp_rename 'dbo.Customers.Name', 'FullName', 'COLUMN';
ALTER TABLE dbo.Customers DROP COLUMN Fax;
IF OBJECT_ID(N'dbo.Audit') IS NULL CREATE TABLE dbo.Audit (Id int);
DROP TABLE dbo.Legacy;
CREATE OR ALTER VIEW dbo.OrderCodes AS SELECT Code FROM dbo.Orders;
