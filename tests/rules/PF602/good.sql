:setvar ArchiveDb Archive
SELECT * FROM [$(ArchiveDb)].dbo.Orders;
SELECT * FROM $(ArchiveDb).dbo.Orders;
CREATE INDEX ix ON dbo.T (a);
SELECT * FROM msdb.dbo.sysjobs;
SELECT * FROM tempdb..#work;
SELECT * FROM Srv.Db.dbo.T;  -- four parts: expect: PF603
EXEC master..xp_fixeddrives;
