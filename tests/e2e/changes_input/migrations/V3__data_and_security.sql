UPDATE dbo.Orders SET Status = 1 WHERE Total > 100;
DELETE FROM dbo.AuditLog;
INSERT dbo.Lookup (Id, Name) VALUES (1, N'open');
INSERT dbo.Lookup (Id, Name) VALUES (2, N'closed');
IF OBJECT_ID(N'dbo.Scratch') IS NOT NULL
    DROP TABLE dbo.Scratch;
ALTER DATABASE CURRENT SET RECOVERY SIMPLE;
:r ../shared/grants.sql
EXEC (N'DROP TABLE dbo.Hidden');
