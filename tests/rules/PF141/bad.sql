RESTORE DATABASE Prod FROM DISK = N'/var/opt/mssql/backup/prod.bak' WITH REPLACE;  -- expect: PF141
