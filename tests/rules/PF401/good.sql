CREATE TABLE dbo.T (a int);
GO
EXEC sp_rename 'dbo.T.a', 'b', 'COLUMN';
GO
-- Objects the deployment created unconditionally: no caller outside it knows the old name.
CREATE TABLE dbo.Staging (Id int);
GO
EXEC sp_rename 'dbo.Staging', 'Import';
GO
CREATE PROCEDURE dbo.usp_Load AS SELECT 1;
GO
EXEC sp_rename N'dbo.usp_Load', N'usp_Import';
GO
CREATE VIEW dbo.vOrders AS SELECT 1 AS x;
GO
EXEC sys.sp_rename @objname = '[dbo].[vOrders]', @newname = 'vOrderList', @objtype = 'OBJECT';
GO
CREATE TABLE dbo.Lines (Id int);
CREATE INDEX IX_Lines ON dbo.Lines (Id);
GO
EXEC sp_rename 'dbo.Lines.IX_Lines', 'IX_Lines_Id', 'INDEX';
