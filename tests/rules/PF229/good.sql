SELECT * INTO #orders FROM dbo.Orders;
SELECT 1 AS Id INTO dbo.Seed;
CREATE TABLE dbo.Fresh (Id int);
SELECT Id INTO dbo.FreshCopy FROM dbo.Fresh;
WITH a AS (SELECT * FROM (VALUES (1), (2)) AS v (n))
SELECT TOP (1000) ROW_NUMBER() OVER (ORDER BY a.n) AS Id INTO dbo.Numbers FROM a, a AS b;
GO
CREATE PROCEDURE dbo.TestCopy AS
  SELECT Class, Result INTO actual FROM tSQLt.TestResult;
