IF OBJECT_ID('dbo.Orders') IS NOT NULL GOTO keep;
PRINT 'creating';
keep:
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
