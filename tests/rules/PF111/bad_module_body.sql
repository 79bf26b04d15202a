CREATE TABLE dbo.S (a int);
GO
CREATE PROCEDURE dbo.p AS
BEGIN
  TRUNCATE TABLE dbo.S;  -- expect: PF111 message="TRUNCATE TABLE dbo.S removes every row; runs when procedure dbo.p is called, not during the deployment"
END
GO
CREATE VIEW dbo.v AS SELECT a FROM dbo.S WITH (NOLOCK);  -- expect: PF211 contains="runs when view dbo.v is queried"
GO
CREATE TRIGGER dbo.t ON dbo.S AFTER INSERT AS DELETE FROM dbo.Log;  -- expect: PF121 contains="runs when trigger dbo.t fires"
