SELECT * FROM Srv.Db.dbo.T;  -- expect: PF603 object=Srv at=15
UPDATE OPENQUERY(Srv, 'SELECT a FROM t') SET a = 1 WHERE a = 2;  -- expect: PF603 object=Srv
EXEC ('SELECT 1') AT [Srv2];  -- expect: PF603 object=Srv2
CREATE SYNONYM dbo.s FOR Srv.Db.dbo.T;  -- expect: PF603
GO
CREATE PROCEDURE dbo.p AS
  SELECT * FROM OPENQUERY(Srv, 'SELECT 1') AS q;  -- expect: PF603 contains="runs when"
