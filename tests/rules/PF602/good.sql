:setvar ArchiveDb Archive
SELECT * FROM [$(ArchiveDb)].dbo.Orders;
SELECT * FROM $(ArchiveDb).dbo.Orders;
CREATE INDEX ix ON dbo.T (a) WITH (ONLINE = ON);
SELECT * FROM msdb.dbo.sysjobs;
SELECT * FROM tempdb..#work;
SELECT * FROM Srv.Db.dbo.T;  -- four parts: expect: PF603
EXEC master..xp_fixeddrives;
DROP STATISTICS policy.PolicyHistoryDetail.Stat_x;
SELECT n.c.value('.', 'int') FROM dbo.T AS t CROSS APPLY t.x.nodes('/r') AS n(c);
