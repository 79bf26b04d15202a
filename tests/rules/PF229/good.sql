SELECT * INTO #orders FROM dbo.Orders;
SELECT 1 AS Id INTO dbo.Seed;
CREATE TABLE dbo.Fresh (Id int);
SELECT Id INTO dbo.FreshCopy FROM dbo.Fresh;
