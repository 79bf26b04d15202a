DROP DATABASE Reporting;
GO
EXEC xp_cmdshell 'dir';
