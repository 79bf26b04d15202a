TRUNCATE TABLE dbo.AuditLog;  -- expect: PF134 expect: PF111
