SELECT Id FROM dbo.Orders WITH (XLOCK, ROWLOCK) WHERE Id = 1;
SELECT Id FROM dbo.Orders WITH (UPDLOCK, ROWLOCK) WHERE Id = 1;
SELECT Id FROM #work WITH (TABLOCKX);
DECLARE @t TABLE (Id int);
SELECT Id FROM @t;
CREATE TABLE dbo.Fresh (Id int);
INSERT INTO dbo.Fresh WITH (TABLOCKX) (Id) VALUES (1);
-- Hints in comments and strings are not hints.
/* SELECT * FROM dbo.Orders WITH (TABLOCKX) */
PRINT 'WITH (XLOCK)';
