SELECT 1;
EXEC ('RESTORE DATABASE Prod FROM DISK = ''D:\backup\prod.bak'' WITH REPLACE');
EXEC sp_executesql N'restore log Prod from disk = N''D:\backup\prod.trn'' with recovery';
