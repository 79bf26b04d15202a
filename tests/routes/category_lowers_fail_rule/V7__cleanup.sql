-- preflight-disable-next-statement PF103 -- the reporting database moved to the warehouse
DROP DATABASE Reporting;
GO
-- preflight-disable-next-statement PF211 -- a report, dirty reads are fine
SELECT COUNT(*) FROM dbo.Orders WITH (NOLOCK);
GO
-- preflight-disable-next-statement PF311 -- one-off export
EXEC xp_cmdshell 'bcp dbo.Orders out C:\x.dat';
GO
-- preflight-disable-file PF999 -- a typo is never a blanket disable
