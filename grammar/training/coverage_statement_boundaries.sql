-- Training input for the parser's prediction snapshot: statements without semicolons, each ending followed by each kind of start.
-- Written for Preflight; not meant to be deployed.

ALTER DATABASE CURRENT SET RECOVERY SIMPLE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF @Flag = 1 AND @Total > 0 SELECT 1
EXEC sys.sp_addextendedproperty N'MS_Description', N'Stock', N'SCHEMA', [inv], N'TABLE', [StockItem]
EXEC ('SELECT 1')
EXEC inv.usp_Rebuild @ItemId = 1
EXEC msdb.dbo.sp_delete_job @job_name = N'Old'
DECLARE @v34077 INT
DECLARE @a34078 AS DATETIME2 = SYSDATETIME()
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
EXEC inv.usp_Rebuild @ItemId
EXEC [inv].[usp_Bins]
GO

SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem WHERE Qty > 0 AND IsActive = 1
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
EXEC inv.usp_Rebuild @ItemId
DECLARE @a54740 NVARCHAR(100) = N''
EXEC inv.usp_Rebuild @ItemId
FETCH NEXT FROM bin_cur INTO @BinId
SET @Total = NULL
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
DECLARE @v33957 INT
SELECT @Total = SUM(Qty) FROM inv.StockItem
DECLARE @v42211 inv.ItemList
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DECLARE @v34147 INT
EXEC inv.usp_Bins
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
SET @Flag = CASE WHEN @Total > 0 THEN 1 ELSE 0 END
CREATE STATISTICS st_Bin ON inv.Bin (BinCode)
DELETE FROM #Pending
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
SELECT * FROM #Pending
DECLARE bin_cur4197 CURSOR LOCAL STATIC FOR SELECT BinId FROM inv.Bin
SELECT ItemId FROM inv.StockItem si
DROP TABLE #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem WHERE Qty > 0 OR BinId = @BinId
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
SELECT BinId, BinCode FROM inv.Bin
SELECT * FROM #Pending
SELECT COUNT(*) FROM inv.Bin
BEGIN TRAN StockMove
DECLARE @a70976 NVARCHAR(100) = N''
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
RAISERROR('x', 16, 1)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
IF @Total > 0 PRINT 'positive'
EXECUTE (@Sql)
GO

ALTER TABLE inv.Staging REBUILD
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
EXEC inv.usp_Bins
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF @Total IS NULL SET @Total = 0
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
EXEC inv.usp_Rebuild @Enabled = True
SET @Total = 1
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DECLARE @a17102 NVARCHAR(100) = N''
EXEC inv.usp_Rebuild @ItemId
DELETE inv.Bin WHERE IsActive = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE FROM #Pending
SELECT b.BinId FROM inv.Bin b
IF @Total > 0 PRINT 'positive'
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
DELETE FROM #Pending
SELECT BinId, BinCode FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT BinId, BinCode FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT @Total = SUM(Qty) FROM inv.StockItem
GO

DBCC CHECKDB
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
DECLARE @a128 NVARCHAR(100) = N''
EXEC inv.usp_Rebuild @ItemId
SELECT b.BinId FROM inv.Bin b
DECLARE @v34007 INT
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
SELECT * FROM #Pending
FETCH NEXT FROM bin_cur INTO @BinId
DECLARE @v34075 INT
DECLARE @a34076 NVARCHAR(100) = N''
SELECT ItemId FROM inv.StockItem WHERE ItemName LIKE N'B%'
GO

CHECKPOINT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE FROM #Pending
SELECT [BinId] FROM [inv].[Bin]
SET @Total = @Total + 1
SELECT @Total = SUM(Qty) FROM inv.StockItem
EXEC inv.usp_Rebuild @ItemId
SET @Total = (SELECT COUNT(*) FROM inv.Bin)
DECLARE @v34217 INT
CREATE TABLE #Codes34218 (Code NVARCHAR(20))
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
SET @Total = 1
EXEC inv.usp_Rebuild @ItemId
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE FROM #Pending
SELECT 1 AS Ok
BEGIN SELECT 1 END
SET @Total = 1
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
DROP TABLE IF EXISTS #Codes
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
DECLARE @a18947 NVARCHAR(100) = N''
SELECT ItemId FROM inv.StockItem ORDER BY ItemId OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY
SELECT ItemId FROM inv.StockItem si
DECLARE @a2711 NVARCHAR(100) = N''
GO

EXEC usp_Rebuild
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
UPDATE [inv].[Bin] SET [IsActive] = 1
DECLARE @v34103 INT
IF @@TRANCOUNT > 0 ROLLBACK TRAN
SET IDENTITY_INSERT [inv].[StockItem] OFF
ALTER TABLE inv.Staging REBUILD
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT TOP 10 BinId FROM inv.Bin
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
RAISERROR('x', 16, 1)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = @Text + N';'
DECLARE @a26694 INT = 1
DBCC SHRINKFILE (N'Warehouse_log', 1024) WITH NO_INFOMSGS
EXEC (@Sql + N' WHERE 1 = 1')
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
BEGIN TRAN StockMove
DELETE TOP (5) FROM inv.Bin
DECLARE @v34113 INT
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
RAISERROR('x', 16, 1)
GO

RECONFIGURE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId = @ItemId
EXEC (@Sql)
SELECT * FROM #Pending
RAISERROR(@Msg, 10, 1) WITH NOWAIT
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT * FROM inv.Bin
EXEC inv.usp_Rebuild @ItemId
DROP TABLE #Codes
ALTER TABLE inv.Staging REBUILD
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
BEGIN SELECT 1 END
EXEC [inv].[usp_Bins]
GO

SET DEADLOCK_PRIORITY LOW
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER TABLE inv.Staging REBUILD
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
EXEC inv.usp_Rebuild @Mode = N'full'
DECLARE @a56218 AS DATETIME2 = SYSDATETIME()
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
IF @Total = 0 PRINT 'zero'
BEGIN TRAN StockMove
SELECT @Total = SUM(Qty) FROM inv.StockItem
BEGIN SELECT 1 END
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
BEGIN SELECT 1 END
DECLARE @a103813 INT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT * FROM #Pending
INSERT INTO #Codes4127 EXEC inv.usp_Codes
SET DEADLOCK_PRIORITY LOW
SET IDENTITY_INSERT inv.Bin ON
BEGIN TRANSACTION @TranName
DECLARE @a71343 INT = 1
DECLARE @v34073 INT
DECLARE @a34074 INT = 1
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DECLARE @v34079 INT
DECLARE @a34080 TABLE (Id INT)
SELECT @Total
RETURN
SET @Text = @Text + N';'
SELECT ISNULL(@Total, 0)
SELECT ItemId FROM inv.StockItem si
SET IDENTITY_INSERT inv.Bin ON
SET @Total = @Total + 1
SET @Total = (SELECT COUNT(*) FROM inv.Bin)
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
SELECT * FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
UPDATE @Batch SET Id = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET @Stamp = GETDATE()
BEGIN SELECT 1 END
SET @Total += 1
BEGIN TRAN StockMove
EXEC inv.usp_Bins
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
EXECUTE inv.usp_Bins
BEGIN SELECT 1 END
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN SELECT 1 END
RAISERROR('x', 16, 1)
COMMIT TRAN StockMove
SET @Total = @Total + 1
DROP TABLE #Pending
CREATE TABLE #Codes79974 (Code NVARCHAR(20))
BEGIN SELECT 1 END
UPDATE [inv].[Bin] SET [IsActive] = 1
OPEN item_cur
EXEC [inv].[usp_Bins]
DROP TABLE #Pending
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
CREATE INDEX IX_Work ON #Work (Id)
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
BEGIN TRAN StockMove
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
BEGIN TRAN StockMove
EXEC ('SELECT 1')
ALTER TABLE inv.Staging REBUILD
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
FETCH NEXT FROM bin_cur INTO @BinId
EXEC inv.usp_Rebuild @ItemId, @Qty OUTPUT
SET @Stamp = GETDATE()
GO

USE Warehouse
SELECT BinId, BinCode FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
SELECT * FROM #Pending
SELECT 'x' AS Tag
OPEN item_cur
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SELECT N'done'
DROP TABLE #Codes
IF @Total > 0 PRINT 'positive'
;WITH cte (Id) AS (SELECT 1) DELETE FROM inv.Bin WHERE BinId IN (SELECT Id FROM cte)
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
EXECUTE [inv].[usp_Bins] @BinId = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = @Text + N';'
BEGIN SET @Total = 0 END
DECLARE @v34165 INT
EXEC [inv].[usp_Bins]
BEGIN SELECT 1 END
UPDATE @Batch SET Id = 0
SELECT ItemId FROM inv.StockItem si
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
EXEC inv.usp_Rebuild @ItemId = 1
SELECT TOP (1) BinId FROM inv.Bin
DELETE FROM #Pending
SELECT * FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
SELECT @Name = N'x'
EXEC inv.usp_Rebuild @ItemId
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
BEGIN SELECT 1 END
DECLARE bin_cur103825 CURSOR FOR SELECT BinId FROM inv.Bin
SELECT @Total
SET @Total = @Total + 1
SELECT ItemId FROM inv.StockItem si
SELECT b.BinId FROM inv.Bin b
GO

EXECUTE AS USER = 'auditor'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRANSACTION @TranName
GO

UPDATE STATISTICS inv.Movement WITH FULLSCAN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DECLARE @v34105 INT
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
ALTER TABLE inv.Staging DROP CONSTRAINT DF_Staging_Note
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
DBCC CHECKDB
CREATE TABLE #Codes98793 (Code NVARCHAR(20))
BEGIN TRAN StockMove
IF @Total IS NULL SET @Total = 0
OPEN item_cur
RAISERROR(@Msg, 10, 1) WITH NOWAIT
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
RAISERROR(@Msg, 10, 1) WITH NOWAIT
GO

SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
USE Warehouse
GO

OPEN item_cur
CLOSE bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
SELECT @Total = SUM(Qty) FROM inv.StockItem
SELECT ItemId FROM inv.StockItem ORDER BY ItemId OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY
SELECT * FROM inv.Bin
DROP INDEX IX_Old ON inv.Movement
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
BEGIN SELECT 1 END
EXECUTE [inv].[usp_Bins] @BinId = 1
EXEC sys.sp_addextendedproperty N'MS_Description', N'Stock', N'SCHEMA', [inv], N'TABLE', [StockItem]
DECLARE @a58795 INT
GO

RECONFIGURE WITH OVERRIDE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
DECLARE bin_cur68032 CURSOR FOR SELECT BinId FROM inv.Bin
BEGIN SELECT 1 END
RAISERROR(@Msg, 10, 1) WITH NOWAIT
DECLARE @v34029 INT
UPDATE [inv].[Bin] SET [IsActive] = 1
COMMIT TRAN StockMove
UPDATE [inv].[Bin] SET [IsActive] = 1
SELECT @Total
EXEC [inv].[usp_Bins]
SELECT N'done'
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE FROM #Pending
SELECT TOP 10 BinId FROM inv.Bin
DELETE FROM #Pending
DELETE inv.Bin WHERE IsActive = 0
DELETE FROM #Pending
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
DELETE FROM #Pending
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
EXEC inv.usp_Rebuild @ItemId
SELECT COUNT(*) FROM inv.Bin
DROP PROCEDURE inv.usp_Old
DROP PROCEDURE IF EXISTS inv.usp_Old2
GO

USE Warehouse
SELECT TOP (1) BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
USE Warehouse
DECLARE @a97544 NVARCHAR(100) = N''
GO

USE Warehouse
USE [Warehouse]
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER TABLE inv.Staging ADD CONSTRAINT DF_Staging_Note DEFAULT (N'') FOR Note
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
DBCC CHECKDB
DBCC CHECKIDENT (N'inv.Bin', RESEED)
BEGIN SELECT 1 END
CREATE TABLE #Codes103959 (Code NVARCHAR(20))
DECLARE @v34001 INT
INSERT inv.Bin (BinCode) VALUES ('A2')
EXEC inv.usp_Rebuild @ItemId
IF @Total = 0 PRINT 'zero'
RAISERROR('failed', 16, 1)
SET @Name = N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN SELECT 1 END
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
DELETE FROM #Pending
SELECT Total = @Total
BEGIN TRAN StockMove
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
BEGIN TRAN StockMove
IF @Total = 0 PRINT 'zero'
BEGIN TRAN StockMove
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
BEGIN TRAN StockMove
WHILE @i < 10 SET @i += 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRAN StockMove
EXEC [inv].[usp_Bins]
BEGIN TRAN StockMove
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
SET @Text = @Text + N';'
ROLLBACK TRANSACTION
DELETE FROM #Pending
SELECT DISTINCT BinCode FROM inv.Bin
DELETE FROM #Pending
SELECT ISNULL(@Total, 0)
CREATE INDEX IX_Work ON #Work (Id)
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
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

KILL 60
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER TABLE inv.Staging DROP CONSTRAINT DF_Staging_Note
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
SET @Text = @Text + N';'
UPDATE inv.StockItem SET Qty = Qty + 1 WHERE ItemId = 1
SET @Ratio = @Total * 1.5
SET @Total = 1
DECLARE @v34021 INT
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
EXEC inv.usp_Rebuild @ItemId
SELECT * FROM inv.Bin
GO

CREATE INDEX IX_Work ON #Work (Id)
SET NOCOUNT ON
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @Enabled = True
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SET @Text = @Text + N';'
SELECT * INTO #Snap26616 FROM inv.Bin
DELETE FROM #Pending
SELECT 'x' AS Tag
BEGIN TRAN StockMove
SELECT COUNT(*) FROM inv.Bin
BEGIN TRAN StockMove
FETCH NEXT FROM bin_cur INTO @BinId
COMMIT TRAN StockMove
UPDATE STATISTICS inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = @Text + N';'
EXECUTE sp_executesql @Sql
DELETE FROM #Pending
DELETE FROM #Codes
ALTER DATABASE Warehouse SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE
ALTER INDEX ALL ON inv.Bin REBUILD
SELECT ItemId FROM inv.StockItem si
SET @Total += 1
DECLARE @v34125 INT
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SET @Total = @Total + 1
IF @Total = 0 PRINT 'zero'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = @Text + N';'
COMMIT TRANSACTION
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
SET NOCOUNT ON
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
RAISERROR 50001 'legacy'
RAISERROR('x', 16, 1)
DROP PROCEDURE inv.usp_Old
DROP TABLE IF EXISTS #Codes
DROP PROCEDURE inv.usp_Old
CREATE ROLE BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
CREATE TABLE #Work85340 (Id INT NOT NULL, Qty INT NULL)
SET @Name = N'x'
BEGIN SELECT 1 END
DECLARE @a103819 AS DATETIME2 = SYSDATETIME()
BEGIN SELECT 1 END
EXEC (@Sql)
BEGIN SELECT 1 END
EXECUTE inv.usp_Bins
SELECT * FROM #Pending
IF (@Total > 0) SET @Flag = 1
SELECT @Total
CREATE TABLE #Codes270 (Code NVARCHAR(20))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = @Total + 1
UPDATE inv.Bin SET IsActive = 0
SET DEADLOCK_PRIORITY LOW
DECLARE @a32602 AS DATETIME2 = SYSDATETIME()
DECLARE @v34173 INT
EXECUTE inv.usp_Bins
BEGIN TRAN StockMove
DELETE FROM inv.Bin WHERE BinId = @BinId
COMMIT TRAN StockMove
UPDATE inv.Bin SET IsActive = 0
ALTER TABLE inv.Staging REBUILD
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE FROM #Pending
EXECUTE sp_executesql @Sql
EXEC inv.usp_Rebuild @ItemId = 1
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
OPEN item_cur
SELECT BinId, BinCode FROM inv.Bin
OPEN item_cur
IF @@ROWCOUNT = 0 RETURN
CLOSE item_cur
SELECT GETDATE() AS Now
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
GO

SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
DECLARE @v34277 INT
WAITFOR DELAY '00:00:05'
EXEC inv.usp_Rebuild @ItemId
SELECT @Name = N'x'
EXEC inv.usp_Rebuild @Result OUT
SELECT * INTO #Snap57243 FROM inv.Bin
OPEN item_cur
DROP TABLE #Codes
CLOSE item_cur
SET NOCOUNT ON
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT N'done'
EXEC inv.usp_Bins
SELECT ItemId FROM inv.StockItem WHERE ItemName LIKE N'B%'
SELECT TOP (1) BinId FROM inv.Bin
SET @Text = @Text + N';'
EXEC [inv].[usp_Bins]
DECLARE @v34081 INT
DECLARE @a34082 INT, @b34082 NVARCHAR(10)
DECLARE @v34219 INT
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
EXEC usp_Rebuild
DROP TABLE IF EXISTS #Codes
GO

RAISERROR('failed', 16, 1)
ROLLBACK
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
IF @Total IS NULL SET @Total = 0
EXEC inv.usp_Rebuild @ItemId
RAISERROR('x', 16, 1)
EXEC inv.usp_Rebuild @ItemId, @Qty OUTPUT
INSERT inv.Bin (BinCode) VALUES ('A2')
RAISERROR('failed', 16, 1)
IF @Total = 0 PRINT 'zero'
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
DECLARE @a68020 INT
TRUNCATE TABLE inv.Movement
DELETE FROM inv.Bin WHERE BinId = @BinId
GO

DROP INDEX IX_Old ON inv.Movement
DROP INDEX IX_Bin ON inv.Bin
CREATE INDEX IX_Work ON #Work (Id)
SELECT * FROM inv.Bin
CREATE SEQUENCE inv.MoveSeq START WITH 1 INCREMENT BY 1
CREATE TABLE #Codes88461 (Code NVARCHAR(20))
ALTER TABLE inv.Staging ADD Note NVARCHAR(200) NULL
RAISERROR('x', 16, 1)
ALTER TABLE inv.Staging ADD CONSTRAINT DF_Staging_Note DEFAULT (N'') FOR Note
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
ALTER INDEX ALL ON inv.Staging REBUILD
SELECT * FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
ALTER DATABASE Warehouse SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
BEGIN SELECT 1 END
UPDATE inv.Bin SET IsActive = 0
BEGIN SELECT 1 END
EXEC inv.usp_Bins
BEGIN SELECT 1 END
EXEC sp_executesql @Sql
SELECT @Total
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
SELECT @Total
UPDATE [inv].[Bin] SET [IsActive] = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total
SET @Total += 1
SELECT @Total
IF @Total IS NULL SET @Total = 0
SELECT @Total
EXEC ('SELECT 1')
SELECT @Total
DROP TABLE IF EXISTS #Codes
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
SELECT 1 AS Ok
SET @Total = @Total + 1
UPDATE TOP (10) inv.Bin SET IsActive = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = @Total + 1
BEGIN TRAN
SET DEADLOCK_PRIORITY LOW
USE Warehouse
DELETE FROM #Pending
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
DELETE FROM #Pending
DELETE TOP (5) FROM inv.Bin
DELETE FROM #Pending
EXECUTE inv.usp_Bins
DELETE FROM #Pending
TRUNCATE TABLE inv.Bin_Old
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC usp_Rebuild
SELECT TOP 10 BinId FROM inv.Bin
EXEC inv.usp_Rebuild @ItemId, @Qty OUTPUT
IF @@ERROR <> 0 GOTO Failed1368
EXEC inv.usp_Rebuild @Result OUT
SELECT * FROM inv.Bin
EXEC (@Sql + N' WHERE 1 = 1')
SELECT [BinId] FROM [inv].[Bin]
EXEC (@Sql + N' WHERE 1 = 1')
IF (@Total > 0) SET @Flag = 1
EXEC (@Sql + N' WHERE 1 = 1')
BEGIN SET @Total = 0 END;
Failed1368:
GO

SAVE TRAN SavePoint1
SAVE TRAN BinSave
GO

USE Warehouse
EXEC inv.usp_Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC (@Sql + N' WHERE 1 = 1')
RAISERROR(@Msg, 10, 1) WITH NOWAIT
REVERT
EXEC inv.usp_Bins
COMMIT TRAN StockMove
UPDATE TOP (10) inv.Bin SET IsActive = 0
OPEN item_cur
SET @Total = @Total + 1
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
IF OBJECT_ID(N'tempdb..#Pending') IS NOT NULL DROP TABLE #Pending
DROP PROCEDURE IF EXISTS inv.usp_Old2
GO

SET TRANSACTION ISOLATION LEVEL READ COMMITTED
USE Warehouse
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT N'done'
SELECT 'x' AS Tag
SET @Total = @Total + 1
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SET @Text = @Text + N';'
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
SET @Text = @Text + N';'
EXEC @rc = inv.usp_Bins
SET @Text = @Text + N';'
FETCH NEXT FROM bin_cur INTO @BinId
EXEC inv.usp_Rebuild @ItemId
SELECT BinId, BinCode FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
RAISERROR('failed', 16, 1)
RAISERROR(@Msg, 10, 1) WITH NOWAIT
BEGIN TRANSACTION @TranName
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
TRUNCATE TABLE inv.Movement
INSERT INTO #Codes79034 EXEC inv.usp_Codes
TRUNCATE TABLE inv.Movement
DECLARE @a79094 NVARCHAR(100) = N''
TRUNCATE TABLE inv.Movement
TRUNCATE TABLE inv.Bin_Old
DROP TABLE #Pending
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
GO

DROP PROCEDURE inv.usp_Old
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
DROP PROCEDURE inv.usp_Old
DROP TYPE inv.BinList
DROP PROCEDURE inv.usp_Old
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
DROP INDEX IX_Old ON inv.Movement
DROP TABLE inv.Bin_Old
CREATE TABLE #Work85384 (Id INT NOT NULL, Qty INT NULL)
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
CREATE TABLE #Work85394 (Id INT NOT NULL, Qty INT NULL)
IF @@TRANCOUNT > 0 ROLLBACK TRAN
GO

RECONFIGURE WITH OVERRIDE
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
GO

CREATE INDEX IX_Work ON #Work (Id)
CREATE TABLE #Codes86247 (Code NVARCHAR(20))
ALTER TABLE inv.Staging ADD Note NVARCHAR(200) NULL
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
ALTER INDEX ALL ON inv.Staging REBUILD
ALTER INDEX ALL ON inv.Bin REBUILD
BEGIN SELECT 1 END
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
BEGIN SELECT 1 END
SET ANSI_WARNINGS OFF
BEGIN SELECT 1 END
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRAN
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
COMMIT TRAN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN SELECT 1 END
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
EXEC inv.usp_Rebuild @Enabled = True
CLOSE bin_cur
EXEC inv.usp_Rebuild @Enabled = True
DBCC FREEPROCCACHE
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
INSERT inv.Bin (BinCode) VALUES ('A2')
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE FROM inv.Bin WHERE BinId = @BinId
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE inv.Bin WHERE IsActive = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DELETE FROM @Batch
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET @Total += 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET NOCOUNT ON
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET IDENTITY_INSERT inv.Bin ON
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SET ANSI_WARNINGS OFF
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DECLARE @a17104 AS DATETIME2 = SYSDATETIME()
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DECLARE @a17106 TABLE (Id INT)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DECLARE bin_cur17110 CURSOR FOR SELECT BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF (@Total > 0) SET @Flag = 1
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF @@ERROR <> 0 GOTO Failed1430
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF @@TRANCOUNT > 0 ROLLBACK TRAN
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many';
Failed1430:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WHILE @i < 10 SET @i += 1
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WHILE 1 = 1 BEGIN BREAK END
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN SET @Total = 0 END
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRANSACTION
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
COMMIT
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

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN PRINT 'x' END
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BEGIN TRAN BinMove
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC (@Sql)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC sp_executesql @Sql
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC @rc = inv.usp_Bins
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
PRINT 'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXEC [inv].[usp_Bins]
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXECUTE inv.usp_Bins
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXECUTE (@Sql)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXECUTE sp_executesql @Sql
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
EXECUTE [inv].[usp_Bins] @BinId = 1
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
RAISERROR(@Msg, 10, 1) WITH NOWAIT
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP TABLE #Codes
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP TABLE IF EXISTS #Codes
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP PROCEDURE inv.usp_Old2
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP PROCEDURE IF EXISTS inv.usp_Old2
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP PROC inv.usp_Old2
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP FUNCTION inv.fn_Old2
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP INDEX IX_Bin ON inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP SYNONYM inv.Bins
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DROP TYPE inv.BinList
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE TABLE #Codes17244 (Code NVARCHAR(20))
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE STATISTICS st_Bin ON inv.Bin (BinCode)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE TYPE inv.BinList AS TABLE (BinId INT)
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE SYNONYM inv.Bins FOR inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CREATE USER BinReader WITHOUT LOGIN
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER DATABASE [Warehouse] SET MULTI_USER
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER ROLE BinRole ADD MEMBER BinReader
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ALTER SEQUENCE inv.BinSeq RESTART WITH 1
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
TRUNCATE TABLE inv.Bin_Old
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CLOSE bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WAITFOR DELAY '00:00:05'
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
WAITFOR DELAY @Delay
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
FETCH NEXT FROM bin_cur INTO @BinId
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DEALLOCATE bin_cur
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
GRANT SELECT ON inv.Bin TO BinRole
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DENY UPDATE ON inv.Bin TO BinRole
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DBCC FREEPROCCACHE
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
CHECKPOINT
GO

SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
GOTO Done1495;
Done1495:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
REVOKE SELECT ON inv.Bin FROM BinRole
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
ENABLE TRIGGER ALL ON inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
DISABLE TRIGGER tr_Bin ON inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
EXEC inv.usp_Rebuild @ItemId
GRANT SELECT ON inv.Bin TO BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild DEFAULT
DROP SYNONYM inv.Bins
EXEC inv.usp_Rebuild @Enabled = True
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
SELECT * FROM #Pending
SELECT CAST(@Total AS INT) AS T
SELECT * FROM #Pending
IF @@ERROR <> 0 GOTO Failed1500
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT * FROM inv.Bin
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT b.BinId FROM inv.Bin b;
Failed1500:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT [BinId] FROM [inv].[Bin]
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT @Total AS Total
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT 1 AS Ok
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT 'x' AS Tag
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT N'x'
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
SELECT COUNT(*) FROM inv.Bin
GO
