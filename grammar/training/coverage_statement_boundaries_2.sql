-- Training input for the parser's prediction snapshot: statements without semicolons, each ending followed by each kind of start.
-- Written for Preflight; not meant to be deployed.

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT TOP (1) BinId FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT TOP 10 BinId FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT DISTINCT BinCode FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT CAST(@Total AS INT) AS T
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT CONVERT(INT, @Total)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT Total = @Total
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT * INTO #Snap17022 FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE inv.Bin SET IsActive = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE @Batch SET Id = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE [inv].[Bin] SET [IsActive] = 1
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ROLLBACK
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE TOP (5) FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SAVE TRAN BinSave
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC inv.usp_Bins
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC ('SELECT 1')
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
PRINT @Msg
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP VIEW inv.vw_Old2
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE ROLE BinRole
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
OPEN bin_cur
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
USE [Warehouse]
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER INDEX ALL ON inv.Bin REBUILD
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE STATISTICS inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
USE Warehouse
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DBCC CHECKIDENT (N'inv.Bin', RESEED)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
OPEN bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
DEALLOCATE bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
EXEC inv.usp_Rebuild @ItemId
EXECUTE sp_executesql @Sql
EXEC inv.usp_Rebuild @ItemId
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
EXEC inv.usp_Rebuild DEFAULT
SELECT 1 AS Ok
EXEC inv.usp_Rebuild DEFAULT
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
EXEC inv.usp_Rebuild DEFAULT
SELECT ISNULL(@Total, 0)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild DEFAULT
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
EXEC inv.usp_Rebuild DEFAULT
UPDATE TOP (10) inv.Bin SET IsActive = 0
EXEC inv.usp_Rebuild DEFAULT
UPDATE [inv].[Bin] SET [IsActive] = 1
EXEC inv.usp_Rebuild DEFAULT
DELETE FROM #Codes
EXEC inv.usp_Rebuild DEFAULT
SET IDENTITY_INSERT inv.Bin ON
EXEC inv.usp_Rebuild DEFAULT
DECLARE @a58067 INT, @b58067 NVARCHAR(10)
GO

EXEC inv.usp_Rebuild DEFAULT
DECLARE bin_cur58071 CURSOR LOCAL STATIC FOR SELECT BinId FROM inv.Bin
EXEC inv.usp_Rebuild DEFAULT
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
EXEC inv.usp_Rebuild DEFAULT
IF @@TRANCOUNT > 0 ROLLBACK TRAN
EXEC inv.usp_Rebuild DEFAULT
WHILE 1 = 1 BEGIN BREAK END
EXEC inv.usp_Rebuild DEFAULT
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
EXEC inv.usp_Rebuild DEFAULT
BEGIN TRAN BinMove
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild DEFAULT
ROLLBACK
EXEC inv.usp_Rebuild DEFAULT
ROLLBACK TRANSACTION
EXEC inv.usp_Rebuild DEFAULT
PRINT 'x'
EXEC inv.usp_Rebuild DEFAULT
PRINT @Msg
EXEC inv.usp_Rebuild DEFAULT
RETURN
EXEC inv.usp_Rebuild DEFAULT
DROP PROCEDURE IF EXISTS inv.usp_Old2
GO

EXEC inv.usp_Rebuild DEFAULT
DROP INDEX IX_Bin ON inv.Bin
EXEC inv.usp_Rebuild DEFAULT
CREATE TABLE #Codes58203 (Code NVARCHAR(20))
EXEC inv.usp_Rebuild DEFAULT
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
EXEC inv.usp_Rebuild DEFAULT
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
EXEC inv.usp_Rebuild DEFAULT
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
EXEC inv.usp_Rebuild DEFAULT
TRUNCATE TABLE inv.Bin_Old
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild DEFAULT
WAITFOR DELAY @Delay
EXEC inv.usp_Rebuild DEFAULT
UPDATE STATISTICS inv.Bin
EXEC inv.usp_Rebuild DEFAULT
CHECKPOINT
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
SELECT * FROM inv.Bin
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
INSERT inv.Bin (BinCode) VALUES ('A2')
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
UPDATE @Batch SET Id = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DELETE inv.Bin WHERE IsActive = 0
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
SET @Total = 1
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DECLARE @a93481 INT
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
IF @Total = 0 PRINT 'zero'
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
BEGIN SET @Total = 0 END
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
COMMIT TRAN
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
ROLLBACK
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
SAVE TRAN BinSave
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
EXEC (@Sql)
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
EXECUTE inv.usp_Bins
GO

ALTER DATABASE CURRENT SET RECOVERY SIMPLE
PRINT 'x'
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
RAISERROR('x', 16, 1)
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
RETURN
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DROP TABLE #Codes
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
CREATE TABLE #Codes93627 (Code NVARCHAR(20))
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
TRUNCATE TABLE inv.Bin_Old
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
WAITFOR DELAY '00:00:05'
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
OPEN bin_cur
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
FETCH NEXT FROM bin_cur INTO @BinId
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
CLOSE bin_cur
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DEALLOCATE bin_cur
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
GRANT SELECT ON inv.Bin TO BinRole
GO

ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DENY UPDATE ON inv.Bin TO BinRole
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
REVOKE SELECT ON inv.Bin FROM BinRole
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
USE Warehouse
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DBCC FREEPROCCACHE
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
CHECKPOINT
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
ENABLE TRIGGER ALL ON inv.Bin
GO

ALTER DATABASE CURRENT SET RECOVERY SIMPLE
DISABLE TRIGGER tr_Bin ON inv.Bin
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
GOTO Done1614
EXEC inv.usp_Rebuild DEFAULT
REVERT;
Done1614:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
EXEC @rc = inv.usp_Bins
SELECT @Total
CREATE TYPE inv.BinList AS TABLE (BinId INT)
SELECT @Total
ALTER INDEX ALL ON inv.Bin REBUILD
SELECT @Total
USE Warehouse
SELECT ItemId FROM inv.StockItem si
SELECT [BinId] FROM [inv].[Bin]
SELECT ItemId FROM inv.StockItem si
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si
SELECT Total = @Total
SELECT ItemId FROM inv.StockItem si
DELETE FROM #Codes
SELECT ItemId FROM inv.StockItem si
DELETE TOP (5) FROM inv.Bin
SELECT ItemId FROM inv.StockItem si
DELETE FROM @Batch
SELECT ItemId FROM inv.StockItem si
IF @@TRANCOUNT > 0 ROLLBACK TRAN
SELECT ItemId FROM inv.StockItem si
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
SELECT ItemId FROM inv.StockItem si
BEGIN PRINT 'x' END
SELECT ItemId FROM inv.StockItem si
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SELECT ItemId FROM inv.StockItem si
BEGIN TRAN BinMove
SELECT ItemId FROM inv.StockItem si
COMMIT TRANSACTION
SELECT ItemId FROM inv.StockItem si
ROLLBACK TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si
EXEC (@Sql)
SELECT ItemId FROM inv.StockItem si
EXECUTE (@Sql)
SELECT ItemId FROM inv.StockItem si
EXECUTE [inv].[usp_Bins] @BinId = 1
SELECT ItemId FROM inv.StockItem si
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
SELECT ItemId FROM inv.StockItem si
DROP PROC inv.usp_Old2
SELECT ItemId FROM inv.StockItem si
DROP VIEW inv.vw_Old2
GO

SELECT ItemId FROM inv.StockItem si
DROP FUNCTION inv.fn_Old2
SELECT ItemId FROM inv.StockItem si
DROP SYNONYM inv.Bins
SELECT ItemId FROM inv.StockItem si
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
SELECT ItemId FROM inv.StockItem si
CREATE SYNONYM inv.Bins FOR inv.Bin
SELECT ItemId FROM inv.StockItem si
CREATE USER BinReader WITHOUT LOGIN
SELECT ItemId FROM inv.StockItem si
TRUNCATE TABLE #Codes
GO

SELECT ItemId FROM inv.StockItem si
UPDATE STATISTICS inv.Bin
SELECT ItemId FROM inv.StockItem si
USE [Warehouse]
SELECT ItemId FROM inv.StockItem si
DBCC FREEPROCCACHE
SELECT ItemId FROM inv.StockItem si
DBCC CHECKIDENT (N'inv.Bin', RESEED)
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT 1 AS Ok
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT 'x' AS Tag
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT TOP (1) BinId FROM inv.Bin
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT DISTINCT BinCode FROM inv.Bin
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT CAST(@Total AS INT) AS T
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT CONVERT(INT, @Total)
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT Total = @Total
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
GO

SELECT * FROM #Pending
OPEN bin_cur
GO

UPDATE STATISTICS inv.Movement WITH FULLSCAN
GO

ALTER DATABASE CURRENT SET RECOVERY SIMPLE
GO

DBCC CHECKIDENT ('inv.Staging', RESEED, 0)
WHILE 1 = 1 BEGIN BREAK END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @Mode = N'full'
GO

ALTER TABLE inv.Staging REBUILD
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
EXEC sp_executesql @Sql
GO

SELECT * FROM #Pending
PRINT 'x'
GO

DBCC CHECKDB
GO

CHECKPOINT
GO

EXEC usp_Rebuild
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem WHERE Qty > 0 OR BinId = @BinId
GO

SET DEADLOCK_PRIORITY LOW
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Count = COUNT(*) FROM inv.StockItem
DROP TABLE #Codes
GO

SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
USE Warehouse
GO

EXECUTE AS USER = 'auditor'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRANSACTION @TranName
GO

CREATE INDEX IX_Work ON #Work (Id)
SET NOCOUNT ON
GO

RECONFIGURE WITH OVERRIDE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
DROP TABLE #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
EXECUTE sp_executesql @Sql
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
CLOSE bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
PRINT 'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId, @Qty OUTPUT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId = @ItemId
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @Result OUT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId = NULL
GO

THROW 50001, N'Stock is negative', 1
GO

ALTER DATABASE Warehouse SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE
GO

RECONFIGURE
GO

KILL 60
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
USE [Warehouse]
GO

CLOSE item_cur
DROP TABLE #Codes
GO

RAISERROR('failed', 16, 1)
ROLLBACK
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
OPEN bin_cur
GO

SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
RETURN
GO

OPEN item_cur
CLOSE bin_cur
GO

DBCC CHECKDB
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
GO

DBCC CHECKDB
DBCC FREEPROCCACHE
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
COMMIT TRAN
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
COMMIT TRANSACTION
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
ROLLBACK TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
DEALLOCATE bin_cur
GO

SET TRANSACTION ISOLATION LEVEL READ COMMITTED
USE Warehouse
GO

SAVE TRAN SavePoint1
SAVE TRAN BinSave
GO

RECONFIGURE WITH OVERRIDE
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
GO

SELECT * FROM #Pending
BEGIN TRAN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRANSACTION
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ROLLBACK
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @Enabled = True
RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
WAITFOR DELAY '00:00:05'
GO

SELECT ItemId FROM inv.StockItem si
SET ANSI_WARNINGS OFF
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRAN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
COMMIT
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
COMMIT TRAN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
COMMIT TRANSACTION
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ROLLBACK TRAN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ROLLBACK TRANSACTION
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
PRINT 'x'
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
RETURN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
OPEN bin_cur
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CLOSE bin_cur
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
USE [Warehouse]
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DBCC FREEPROCCACHE
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CHECKPOINT
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
GOTO Done1730;
Done1730:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
COMMIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
ROLLBACK TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
USE [Warehouse]
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
DBCC FREEPROCCACHE
GO

EXEC inv.usp_Rebuild DEFAULT
SET NOCOUNT ON
GO

EXEC inv.usp_Rebuild DEFAULT
DROP TABLE #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @Enabled = True
CHECKPOINT
GO

EXEC sys.sp_addextendedproperty N'MS_Description', N'Stock', N'SCHEMA', [inv], N'TABLE', [StockItem]
BEGIN TRAN BinMove
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
DELETE FROM inv.Bin WHERE BinId = @BinId
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
DELETE inv.Bin WHERE IsActive = 0
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
GO

ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
GO

WHILE 1 = 1 BEGIN BREAK END
INSERT inv.Bin SELECT * FROM #Bins
GO

RETURN
EXEC Warehouse.inv.usp_Bins
GO
