-- The whole script in one transaction "for safety": these statements fail inside it.
SET XACT_ABORT ON;
BEGIN TRANSACTION;
ALTER TABLE dbo.Docs ADD Summary nvarchar(400) NULL;
ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON;  -- expect: PF704 expect: PF622
CREATE FULLTEXT INDEX ON dbo.Docs (Body) KEY INDEX PK_Docs;  -- expect: PF704
GO
EXEC sp_configure 'max degree of parallelism', 4;  -- expect: PF621
RECONFIGURE;  -- expect: PF704
COMMIT;
