IF DB_NAME() = N'master' RETURN;
GO
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
