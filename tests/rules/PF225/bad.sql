ALTER TABLE dbo.Orders ADD RowGuid uniqueidentifier NOT NULL DEFAULT NEWSEQUENTIALID();  -- expect: PF225 at=28 object=dbo.Orders.RowGuid contains="its DEFAULT gives each row its own value"
ALTER TABLE dbo.Orders ADD Seq int IDENTITY(1, 1);  -- expect: PF225 contains="SQL Server numbers each one"
ALTER TABLE dbo.Orders ADD Total AS (Price * Qty) PERSISTED NOT NULL;  -- expect: PF225 contains="PERSISTED"
ALTER TABLE dbo.Orders ADD Num int NOT NULL CONSTRAINT DF_Num DEFAULT (NEXT VALUE FOR dbo.OrderNumbers);  -- expect: PF225
ALTER TABLE dbo.Orders ADD Score int NOT NULL DEFAULT dbo.DefaultScore();  -- expect: PF225
ALTER TABLE dbo.Orders ADD Flag bit NOT NULL DEFAULT 0;  -- expect: PF225 contains="set the policy's target.edition"
ALTER TABLE dbo.Orders ADD Created datetime2 NULL DEFAULT SYSDATETIME() WITH VALUES;  -- expect: PF225
ALTER TABLE dbo.Orders ADD A int NULL, B int IDENTITY NOT NULL;  -- expect: PF225 at=40 object=dbo.Orders.B
-- preflight-disable-next-statement PF225 -- a lookup table of a few rows
ALTER TABLE dbo.Codes ADD Seq int IDENTITY(1, 1);  -- expect: PF225 suppressed=inline
