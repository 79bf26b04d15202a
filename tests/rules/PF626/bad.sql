BACKUP DATABASE Sales TO DISK = N'Sales.bak';  -- expect: PF626 object=Sales
