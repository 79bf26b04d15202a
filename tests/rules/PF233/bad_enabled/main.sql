ALTER TABLE dbo.Orders ADD Region char(2) NULL;  -- expect: PF233 at=1 object=dbo.Orders contains="ALTER TABLE on dbo.Orders waits for its lock with no bound (and 2 more schema changes after it)"
GO
CREATE INDEX IX_Orders_Region ON dbo.Orders (Region) WITH (ONLINE = ON);
SET LOCK_TIMEOUT -1;
ALTER INDEX ALL ON dbo.Customers REBUILD WITH (ONLINE = ON);
