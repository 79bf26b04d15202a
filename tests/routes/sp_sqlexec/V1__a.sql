EXEC sp_sqlexec 'DROP TABLE dbo.Orders';
