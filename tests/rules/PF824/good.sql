INSERT INTO dbo.Customers (Id, Name) VALUES (1, N'Alice');
INSERT [dbo].[Customers] ([Id], [Name]) SELECT Id, Name FROM staging.Customers;
INSERT INTO dbo.Customers DEFAULT VALUES;
INSERT INTO #work VALUES (1);
CREATE TABLE #t (Id int);
INSERT #t EXEC dbo.LoadIds;
DECLARE @t TABLE (Id int);
INSERT @t SELECT Id FROM dbo.Customers;
GO
-- Created by the deployment just before: its columns are the ones written here.
CREATE TABLE dbo.Codes (Code int NOT NULL, Name nvarchar(20) NOT NULL);
GO
INSERT INTO dbo.Codes VALUES (1, N'one');
GO
-- The procedure creates the table itself before it fills it (as tSQLt tests do).
CREATE PROCEDURE Tests.[test totals] AS
BEGIN
  CREATE TABLE Tests.Expected (Total int);
  INSERT INTO Tests.Expected VALUES (3);
  SELECT Total INTO Tests.Actual FROM dbo.Orders;
  INSERT Tests.Actual SELECT 4;
END;
GO
