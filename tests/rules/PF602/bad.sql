UPDATE o SET a = 1 FROM Other.dbo.T AS o WHERE a = 2;  -- expect: PF602 object=Other.dbo.T at=25
DELETE FROM Other.dbo.T WHERE a = 1;  -- expect: PF602
CREATE INDEX ix ON Other.dbo.T (a) WITH (ONLINE = ON);  -- expect: PF602
UPDATE STATISTICS Other.dbo.T;  -- expect: PF602
EXEC Other.sys.sp_executesql N'SELECT 1';  -- expect: PF602
-- preflight-disable-next-statement PF602 -- the archive database is fixed on every server
INSERT INTO Archive.dbo.Orders (id) SELECT id FROM dbo.Orders;  -- expect: PF602 suppressed=inline
GO
CREATE VIEW dbo.v AS SELECT a FROM Other.dbo.T;  -- expect: PF602
GO
CREATE TABLE Other.dbo.T2 (a int);  -- expect: PF602
