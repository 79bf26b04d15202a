-- The first bad example of every rule, newest rule first (so that no example's table is one an
-- earlier example created). PF102, PF105 and PF106 report nothing here: PF101's example drops
-- dbo.Orders later in the script, and dropping a table is one finding, the table's.
-- PF403 alter-column-not-null
ALTER TABLE dbo.Orders ALTER COLUMN Region char(2) NOT NULL;
GO

-- PF402 add-not-null-column
ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL;
GO

-- PF401 sp-rename
EXEC sp_rename 'dbo.Orders.Amount', 'TotalAmount', 'COLUMN';
GO

-- PF315 drop-principal
DROP USER AppUser;
GO

-- PF314 privileged-role-member
ALTER SERVER ROLE sysadmin ADD MEMBER [CORP\deploy];
GO

-- PF313 trustworthy-on
ALTER DATABASE Sales SET TRUSTWORTHY ON;
GO

-- PF312 grant-to-public
GRANT SELECT ON dbo.Orders TO public;
GO

-- PF311 xp-cmdshell
EXEC xp_cmdshell 'dir C:\';
GO

-- PF301 dynamic-sql
DECLARE @sql nvarchar(max) = N'SELECT 1';
SET @sql = @sql + N' UNION SELECT 2';
EXEC (@sql);
GO

-- PF212 read-uncommitted
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
GO

-- PF211 nolock-hint
SELECT o.Id FROM dbo.Orders AS o WITH (NOLOCK);
GO

-- PF201 cursor
DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT Id FROM dbo.Orders;
GO

-- PF144 database-unavailable
ALTER DATABASE Sales SET OFFLINE WITH ROLLBACK IMMEDIATE;
GO

-- PF143 shutdown
SHUTDOWN WITH NOWAIT;
GO

-- PF142 dbcc-data-loss
DBCC WRITEPAGE (N'Sales', 1, 152, 96, 4, 0x45787465, 1);
GO

-- PF141 restore-database
RESTORE DATABASE Prod FROM DISK = N'/var/opt/mssql/backup/prod.bak' WITH REPLACE;
GO

-- PF133 alter-column-unknown-type
ALTER TABLE dbo.Orders ALTER COLUMN Code varchar(50);
GO

-- PF132 alter-column-narrowing
ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(320) NOT NULL;
ALTER TABLE dbo.Customers ALTER COLUMN Email varchar(320) NOT NULL;
GO

-- PF131 merge-delete
MERGE dbo.Prices AS t USING dbo.NewPrices AS s ON t.Id = s.Id WHEN MATCHED THEN UPDATE SET t.Price = s.Price WHEN NOT MATCHED BY SOURCE THEN DELETE;
GO

-- PF122 update-without-where
UPDATE dbo.Orders SET Status = 'closed';
GO

-- PF121 delete-without-where
DELETE FROM dbo.Orders;
GO

-- PF111 truncate-table
TRUNCATE TABLE dbo.Orders;
GO

-- PF107 drop-code-object
DROP VIEW dbo.vOrders;
GO

-- PF106 drop-constraint
ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Status;
GO

-- PF105 drop-index
DROP INDEX IX_Orders_Placed ON dbo.Orders;
GO

-- PF104 drop-schema
DROP SCHEMA Staging;
GO

-- PF103 drop-database
DROP DATABASE Sales;
GO

-- PF102 drop-column
ALTER TABLE dbo.Orders DROP COLUMN LegacyCode;
GO

-- PF101 drop-table
DROP TABLE dbo.Orders;
GO

-- PF002 invalid-suppression
-- preflight-disable-next-statement PF10l -- archived in CHG-1234
DROP TABLE dbo.Orders;
GO

-- PF001 unparsed-statement
SELECT 1;
FROBNICATE THE TABLE;
GO
