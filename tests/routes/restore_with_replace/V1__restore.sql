RESTORE DATABASE Prod FROM DISK = 'D:\backup\prod.bak' WITH REPLACE;
GO
DECLARE @db sysname = N'Prod';
restore database @db from disk = 'D:\backup\prod.bak' with replace, recovery
GO
RESTORE DATABASE Prod FROM DATABASE_SNAPSHOT = 'Prod_before_release';
