EXEC sp_configure 'show advanced options', 1;
RECONFIGURE;
EXEC sp_configure 'max degree of parallelism', 1;  -- expect: PF621 contains="max degree of parallelism"
RECONFIGURE;
EXEC sp_configure 'xp_cmdshell', 1;  -- expect: PF311
GO
