SET XACT_ABORT ON;
-- The schema change commits first; the backfill runs after it.
BEGIN TRANSACTION;
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
COMMIT;
GO
UPDATE dbo.Orders SET Region = 'EU' WHERE Region IS NULL;
GO
-- Writes of other tables, and a few literal rows, in the same transaction.
BEGIN TRAN;
ALTER TABLE dbo.Orders ADD Zone int NULL;
INSERT INTO dbo.Orders (Id) VALUES (1);
UPDATE dbo.Customers SET Tier = 1 WHERE Id = 7;
COMMIT;
GO
-- REORGANIZE takes row and page locks only.
BEGIN TRAN;
ALTER INDEX IX_Orders_Status ON dbo.Orders REORGANIZE;
UPDATE dbo.Orders SET Status = 'open' WHERE Id = 3;
COMMIT;
GO
-- A table the deployment creates holds no rows from before.
BEGIN TRAN;
CREATE TABLE dbo.Import (Id int);
CREATE INDEX IX_Import ON dbo.Import (Id);
INSERT INTO dbo.Import (Id) SELECT Id FROM dbo.Orders;
COMMIT;
