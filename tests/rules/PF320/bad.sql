-- Context switches in a deployment script.
EXECUTE AS LOGIN = 'sa';  -- expect: PF320 at=20 end=2:24 object=sa message="EXECUTE AS LOGIN = 'sa' runs what follows with sa's permissions on the whole server, until REVERT: what the script may do is no longer what the account that runs it may do"
SELECT SUSER_SNAME();
REVERT;
execute as user = N'AppUser';  -- expect: PF320 at=19 object=AppUser contains="in the database"
REVERT;
EXEC AS USER = 'dbo' WITH NO REVERT;  -- expect: PF320 at=16
SETUSER 'dbo';  -- expect: PF320 object=dbo contains="deprecated"
SETUSER;
EXEC (N'SELECT 1') AS LOGIN = 'CORP\admin';  -- expect: PF320 object="CORP\admin" contains="EXEC (...) AS"
GO
CREATE PROCEDURE dbo.AsReporting AS
BEGIN
  EXECUTE AS USER = 'Reporting';  -- expect: PF320 at=21 contains="runs when procedure"
  SELECT 1;
  REVERT;
END
