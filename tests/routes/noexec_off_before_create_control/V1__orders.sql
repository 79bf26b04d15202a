SET NOEXEC ON;
GO
PRINT 'compiled only';
GO
SET NOEXEC OFF;
GO
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
