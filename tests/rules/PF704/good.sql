SET XACT_ABORT ON;
BEGIN TRANSACTION;
ALTER TABLE dbo.Docs ADD Summary nvarchar(400) NULL;
COMMIT;
GO
-- Outside the transaction, on its own.
CREATE FULLTEXT INDEX ON dbo.Docs (Body) KEY INDEX PK_Docs;
