EXEC ('CREATE TABLE dbo.Orders (Id int NOT NULL)') AT ReportingServer;
GO
DROP TABLE dbo.Orders;
