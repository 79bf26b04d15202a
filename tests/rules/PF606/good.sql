:setvar BackupDir E:\logs
BACKUP LOG Sales TO DISK = '$(BackupDir)\Sales.trn' WITH COPY_ONLY;
BACKUP DATABASE Sales TO URL = 'https://acct.blob.core.windows.net/c/Sales.bak' WITH COPY_ONLY;
RESTORE DATABASE Sales FROM DISK = 'E:\b\Sales.bak';  -- expect: PF141
