EXEC master.sys.sp_MSforeachdb @command1 = N'USE [?]; TRUNCATE TABLE dbo.Orders';
