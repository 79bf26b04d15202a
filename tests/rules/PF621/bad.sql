EXEC sp_configure 'show advanced options', 1;
RECONFIGURE;
EXEC sp_configure 'max degree of parallelism', 1;  -- expect: PF621 contains="max degree of parallelism"
RECONFIGURE;
EXEC sp_configure 'xp_cmdshell', 1;  -- expect: PF311
GO
ALTER SERVER AUDIT HipaaAudit WITH (STATE = ON);  -- expect: PF621 contains="ALTER SERVER AUDIT changes a server-level object"
ALTER SERVER AUDIT SPECIFICATION HipaaSpec WITH (STATE = OFF);  -- expect: PF621 contains="ALTER SERVER AUDIT SPECIFICATION changes"
