DROP TABLE dbo.LegacyOrders;
GO
ALTER TABLE dbo.Customers DROP COLUMN Fax;
GO
TRUNCATE TABLE dbo.AuditLog;
GO
ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(100) NOT NULL;
GO
-- Created by V1: nothing from before the deployment is lost.
DROP TABLE dbo.Scratch;
