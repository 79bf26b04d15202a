DROP INDEX IX_A ON dbo.T;
ALTER TABLE dbo.T ALTER COLUMN a bigint;  -- expect: PF133
CREATE INDEX IX_A ON dbo.T (a);  -- expect: PF221
