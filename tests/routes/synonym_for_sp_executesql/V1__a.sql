CREATE SYNONYM dbo.RunSql FOR sys.sp_executesql;
GO
EXEC dbo.RunSql N'DROP TABLE dbo.Orders';
