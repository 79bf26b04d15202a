PRINT 'nothing more in this batch';
RETURN;
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
