SET LOCK_TIMEOUT 5000;
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
GO
-- The bound holds for the session, across GO.
CREATE INDEX IX_Orders_Region ON dbo.Orders (Region) WITH (ONLINE = ON);
SET LOCK_TIMEOUT -1;
-- WAIT_AT_LOW_PRIORITY bounds this one.
ALTER INDEX ALL ON dbo.Customers REBUILD WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 1 MINUTES, ABORT_AFTER_WAIT = SELF)));
ALTER INDEX IX_Orders_Region ON dbo.Orders REORGANIZE;
-- A table the deployment created.
CREATE TABLE dbo.Import (Id int);
CREATE INDEX IX_Import ON dbo.Import (Id);
