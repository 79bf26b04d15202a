ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(50);  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(100);
ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(100) NOT NULL;  -- expect: PF403
ALTER TABLE dbo.Orders ALTER COLUMN Name nvarchar(max);  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN Name nvarchar(max) NULL;
ALTER TABLE dbo.Orders ALTER COLUMN Id int;  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN Id bigint WITH (ONLINE = ON);
-- A table the deployment creates holds no rows to rewrite.
CREATE TABLE dbo.Fresh (Id int NOT NULL);
ALTER TABLE dbo.Fresh ALTER COLUMN Id bigint NOT NULL;
