-- Objects this deployment created: nothing from before uses their old names.
CREATE TABLE dbo.Staging (Id int NOT NULL);
GO
ALTER SCHEMA app TRANSFER dbo.Staging;
GO
CREATE VIEW dbo.V AS SELECT 1 AS x;
GO
ALTER SCHEMA [app] TRANSFER OBJECT::[dbo].[V];
GO
CREATE PROCEDURE dbo.P AS SELECT 1;
GO
alter schema app transfer dbo.p;
GO
CREATE TYPE dbo.Ids AS TABLE (Id int);
GO
ALTER SCHEMA app TRANSFER TYPE::dbo.Ids;
GO
CREATE SCHEMA app AUTHORIZATION dbo;
GO
