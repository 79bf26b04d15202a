ALTER TABLE dbo.Orders ALTER COLUMN Id int NOT NULL;  -- expect: PF133 expect: PF403
ALTER TABLE dbo.Orders ALTER COLUMN Id bigint NOT NULL;  -- expect: PF224 at=40 end=2:46 object=dbo.Orders.Id contains="from int to bigint rewrites every row of dbo.Orders"
ALTER TABLE dbo.Orders ALTER COLUMN Code char(10);  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN Code nchar(10);  -- expect: PF224 contains="from char(10) to nchar(10)"
ALTER TABLE dbo.Orders ALTER COLUMN At datetime NULL;  -- expect: PF133
ALTER TABLE dbo.Orders ALTER COLUMN At datetime2(3) NULL WITH (ONLINE = OFF);  -- expect: PF224
