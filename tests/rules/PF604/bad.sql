SELECT * FROM OPENROWSET('SQLNCLI', 'Server=x;Trusted_Connection=yes;', 'SELECT 1') AS a;  -- expect: PF604 at=15
SELECT * FROM OPENROWSET(BULK 'C:\data\f.csv', SINGLE_CLOB) AS b;  -- expect: PF604
EXEC OPENDATASOURCE('SQLNCLI', 'Data Source=x').Db.dbo.p;  -- expect: PF604 at=1
INSERT INTO OPENROWSET('SQLNCLI', 'x', 'SELECT a FROM t') SELECT 1;  -- expect: PF604 at=13
