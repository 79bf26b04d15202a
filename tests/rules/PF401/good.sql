CREATE TABLE dbo.T (a int);
GO
EXEC sp_rename 'dbo.T.a', 'b', 'COLUMN';
