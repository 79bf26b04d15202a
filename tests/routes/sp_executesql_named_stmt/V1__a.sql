EXEC sp_executesql @stmt = N'DROP TABLE dbo.Orders';
