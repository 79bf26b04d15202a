ALTER TABLE dbo.Orders ALTER COLUMN Id bigint NOT NULL;  -- expect: PF224 contains="in the baseline at schema.sql:1"
ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(40) NULL;
ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(50) NULL;  -- expect: PF224 contains="from varchar(50) to nvarchar(50)"
