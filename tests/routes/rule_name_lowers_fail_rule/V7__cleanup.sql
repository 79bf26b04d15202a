-- preflight-disable-next-statement drop-database -- the reporting database moved
DROP DATABASE Reporting;
GO
-- preflight-disable-next-statement xp-cmdshell -- one-off export
EXEC xp_cmdshell 'dir';
