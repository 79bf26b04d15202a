INSERT INTO dbo.Log (Msg) EXEC ('DROP TABLE dbo.Orders; SELECT 1');
