-- Retire the old audit table.
SELECT COUNT(*) FROM dbo.X;

DROP TABLE dbo.X;
