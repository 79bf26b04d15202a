sp_executesql N'DROP TABLE dbo.Orders';
