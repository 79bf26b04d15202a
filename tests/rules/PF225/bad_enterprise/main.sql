ALTER TABLE dbo.Orders ADD Notes nvarchar(max) NOT NULL DEFAULT N'';  -- expect: PF225 contains="large-value type"
ALTER TABLE dbo.Orders ADD G uniqueidentifier NOT NULL DEFAULT NEWID();  -- expect: PF225
