CREATE TABLE dbo.Orders (id int NOT NULL);
CREATE TABLE #t (id int);
CREATE TABLE [sales].[Orders] (id int);
GO
CREATE PROCEDURE dbo.GetOrder AS
  SELECT 1;
GO
