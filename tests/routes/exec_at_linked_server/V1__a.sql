EXEC ('DROP TABLE dbo.Orders') AT LinkedSrv;
