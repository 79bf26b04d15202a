-- Training input for the parser's prediction snapshot: statement boundaries inside BEGIN/END, IF/ELSE, WHILE and TRY/CATCH.
-- Written for Preflight; not meant to be deployed.

BEGIN
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
END
GO

BEGIN
SELECT ItemId FROM inv.StockItem si
END
GO

BEGIN
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
EXECUTE sp_executesql @Sql
END
GOTO Done1742
IF @@TRANCOUNT > 0 ROLLBACK;
Done1742:
BEGIN
COMMIT TRAN StockMove
END
BEGIN
EXECUTE (@Sql)
END
BEGIN
DROP TABLE [inv].[Movement_Old]
END
BEGIN TRY
EXEC sp_executesql @Sql, N'@p INT', @p = @ItemId
END TRY
BEGIN CATCH
SET @Sql = N'SELECT 1 FROM ' + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table)
END CATCH
GO

BEGIN
SELECT a.ItemId FROM inv.StockItem a LEFT JOIN inv.Bin b ON b.BinId = a.BinId AND b.IsActive = 1
END
GO

BEGIN
ALTER TABLE inv.Staging ADD Note NVARCHAR(200) NULL
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
TRUNCATE TABLE inv.Movement
END
BEGIN
IF @i <= @Count
PRINT CONVERT(VARCHAR(30), GETDATE(), 121)
END
BEGIN
FETCH NEXT FROM item_cur INTO @ItemId, @Qty
END
BEGIN
EXECUTE inv.usp_Rebuild
END
BEGIN
IF @Name LIKE N'A%'
SET @Total = NULL
END
BEGIN TRY
DECLARE @v106658 DATETIME2
END TRY
BEGIN CATCH
EXEC (@Sql + N' WHERE 1 = 1')
END CATCH
GO

BEGIN
ALTER TABLE inv.Staging ADD CONSTRAINT DF_Staging_Note DEFAULT (N'') FOR Note
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId INTO #Copy119383 FROM inv.StockItem;
Done1759:
SET @Name = N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
ALTER TABLE inv.Staging REBUILD
END
BEGIN
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
END
BEGIN
EXECUTE [inv].[usp_Bins] @BinId = 1
END
IF @Flag = 1
BEGIN
SELECT ItemId AS Id, ItemName AS Name FROM inv.StockItem
END
ELSE
BEGIN
SELECT ItemId FROM inv.StockItem ORDER BY ItemId OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY
END
BEGIN TRY
DECLARE @v105456 BIGINT = -1
END TRY
BEGIN CATCH
SET @Text = ISNULL(@Text, '')
END CATCH
BEGIN
EXEC inv.usp_Rebuild @Mode = N'full'
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
SELECT @Total
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT BinId FROM inv.StockItem GROUP BY BinId HAVING COUNT(*) > 1;
Done1770:
IF @Total = 0 PRINT 'zero'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem WHERE ItemName LIKE N'B%';
Done1771:
UPDATE @Batch SET Id = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
DROP TABLE #Pending
END
IF 1 = 1
PRINT 'count: ' + CAST(@Count AS VARCHAR(10))
ELSE
SET @Name = N'x'
IF @i < 10
ENABLE TRIGGER tr_Staging ON inv.Staging
BEGIN
DROP TABLE IF EXISTS #Pending
END
BEGIN
DROP INDEX IX_Old ON inv.Movement
END
BEGIN TRY
ROLLBACK
END TRY
BEGIN CATCH
EXEC inv.usp_Rebuild @ItemId = NULL
END CATCH
GO

SELECT * FROM [inv].[StockItem];
Done1777:
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
FETCH NEXT FROM item_cur INTO @ItemId, @Qty;
Done1778:
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
IF (SELECT COUNT(*) FROM inv.Bin) = 0
WAITFOR DELAY @Delay
END
IF @Bits & 1 = 1
ALTER INDEX IX_Staging_Id ON inv.Staging REORGANIZE
IF @Total IN (1, 2, 3)
BACKUP DATABASE Warehouse TO DISK = N'D:\backup\wh.bak' WITH COMPRESSION
WHILE @i < 3
BEGIN
EXECUTE sp_executesql @Sql
CONTINUE
END
BEGIN TRY
CREATE TABLE inv.Staging (Id INT IDENTITY(1, 1) PRIMARY KEY, Payload NVARCHAR(MAX))
END TRY
BEGIN CATCH
ALTER DATABASE CURRENT SET RECOVERY SIMPLE
END CATCH
IF @Total = 0 OR @Name IS NULL
SET @Flag = CASE WHEN @Total > 0 THEN 1 ELSE 0 END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
IF NOT (@Flag = 1)
COMMIT
END
GO

BEGIN
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
END
GO

BEGIN
ALTER TABLE inv.Staging DROP CONSTRAINT DF_Staging_Note
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
DECLARE @v105716 INT
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF (SELECT COUNT(*) FROM inv.Bin) = 0
BEGIN PRINT 'x' END
BEGIN TRY
EXECUTE (@Sql)
END TRY
BEGIN CATCH
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
END CATCH
IF @@ROWCOUNT = 0
EXEC (@Sql + N' WHERE 1 = 1')
ELSE
EXEC (@Sql)
BEGIN TRY
SELECT 1
END TRY
BEGIN CATCH
SET @Total = 0;
THROW
END CATCH
IF @Name LIKE N'A%'
SET @Text = CONVERT(VARCHAR(10), @Stamp, 120)
ELSE
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
BEGIN TRY
EXECUTE [inv].[usp_Bins] @BinId = 1
END TRY
BEGIN CATCH
INSERT INTO inv.Bin (BinCode) SELECT Code FROM #Codes
END CATCH
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem AS si;
Done1792:
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
END
GO

BEGIN
CREATE TYPE inv.CodeList AS TABLE (Code NVARCHAR(20) NOT NULL)
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRY
ENABLE TRIGGER tr_Staging ON inv.Staging
END TRY
BEGIN CATCH
SET @Total = (SELECT SUM(Qty) FROM inv.StockItem)
END CATCH
BEGIN TRY
IF @@TRANCOUNT > 0 COMMIT TRAN
END TRY
BEGIN CATCH
SET @Flag = CASE WHEN @Total > 0 THEN 1 ELSE 0 END
END CATCH
BEGIN TRY
DECLARE @v105770 VARCHAR(100) = 'x'
END TRY
BEGIN CATCH
ROLLBACK TRAN
END CATCH
BEGIN TRY
SELECT 1
END TRY
BEGIN CATCH
GOTO Done1795
END CATCH
BEGIN
IF (SELECT COUNT(*) FROM inv.Bin) = 0
EXEC sp_executesql @Sql
END
BEGIN
OPEN item_cur
END;
Done1795:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
ENABLE TRIGGER tr_Staging ON inv.Staging
END
IF (@Total = 0 AND @Flag = 1)
SELECT ItemId FROM inv.StockItem WHERE BinId IN (1, 2, 3)
IF (SELECT COUNT(*) FROM inv.Bin) = 0
BEGIN SET @Total = 0 END
IF @Bits & 1 = 1
PRINT 'x'
BEGIN TRY
DECLARE @a112097 TABLE (Id INT)
END TRY
BEGIN CATCH
TRUNCATE TABLE #Codes
END CATCH
WHILE @i < 5
BEGIN
SET @i += 1
IF @Flag = 1
CONTINUE
BACKUP DATABASE Warehouse TO DISK = N'D:\backup\wh.bak' WITH COMPRESSION
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @Flag = 1
BEGIN
SELECT ItemId FROM inv.StockItem si
END
ELSE
BEGIN
ALTER DATABASE Warehouse SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE
END
BEGIN
EXECUTE AS USER = 'auditor'
END
BEGIN
DBCC CHECKDB
END
BEGIN
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
END
WHILE @i < 3
BEGIN
SET @i = @i + 1
BREAK
SET NOCOUNT ON
END
BEGIN TRY
DECLARE bin_cur112113 CURSOR FOR SELECT BinId FROM inv.Bin
END TRY
BEGIN CATCH
CREATE TABLE #Codes112114 (Code NVARCHAR(20))
END CATCH
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DECLARE @v119673 CURSOR;
Done1815:
DELETE FROM @Batch
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE TOP (100) FROM inv.Movement WHERE CreatedAt < @Cutoff;
Done1816:
RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRY
WHILE 1 = 1 BEGIN BREAK END
END TRY
BEGIN CATCH
UPDATE STATISTICS inv.Bin
END CATCH
BEGIN TRY
RAISERROR('x', 16, 1)
END TRY
BEGIN CATCH
DROP SYNONYM inv.Bins
END CATCH
BEGIN
IF @i <= @Count
DROP TABLE [inv].[Movement_Old]
END
BEGIN TRY
SELECT s.BinId, SUM(s.Qty) FROM inv.StockItem s GROUP BY s.BinId
END TRY
BEGIN CATCH
SET @Total = NULL
END CATCH
BEGIN TRY
DELETE FROM inv.Bin WHERE BinId = @BinId
END TRY
BEGIN CATCH
CREATE ROLE BinRole
END CATCH
BEGIN TRY
SELECT 1
END TRY
BEGIN CATCH
SET @Text = @Text + N';';
THROW
END CATCH
GO

DELETE m FROM inv.Movement m INNER JOIN #Pending p ON p.ItemId = m.ItemId;
Done1821:
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
DROP TABLE inv.Bin_Old
END
IF @Flag = 1
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
ELSE
PRINT 2
BEGIN TRY
DECLARE @v105860 AS NVARCHAR(128) = N'x'
END TRY
BEGIN CATCH
COMMIT WORK
END CATCH
BEGIN TRY
ALTER SEQUENCE inv.BinSeq RESTART WITH 1
END TRY
BEGIN CATCH
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
END CATCH
SELECT @Total;
Done1825:
CREATE SYNONYM inv.Bins FOR inv.Bin
GOTO Done1826
SELECT N'done';
Done1826:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem si;
Done1827:
EXEC inv.usp_Bins @BinId = 1
SELECT GETDATE();
Done1828:
DECLARE @a119374 TABLE (Id INT)
ALTER DATABASE CURRENT SET RECOVERY SIMPLE;
Done1829:
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
IF @Flag = 1
BEGIN
SELECT ItemId FROM inv.StockItem ORDER BY ItemId OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY
END
ELSE
BEGIN
CREATE TABLE #Work105102 (Id INT NOT NULL, Qty INT NULL)
END
IF @Name LIKE N'A%'
SELECT ItemName FROM inv.StockItem FOR XML PATH('')
ELSE
ALTER TABLE inv.Bin WITH NOCHECK ADD CONSTRAINT FK_Bin_Zone FOREIGN KEY (ZoneId) REFERENCES inv.Zone (ZoneId)
IF @Flag = 1
DELETE TOP (5) FROM inv.Bin
ELSE
PRINT 2
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @Flag = 1
BEGIN
UPDATE inv.StockItem SET UpdatedAt = GETDATE() WHERE ItemId = @ItemId AND Qty > 0
END
ELSE
BEGIN
UPDATE inv.StockItem SET UpdatedAt = GETDATE() WHERE ItemId = @ItemId AND Qty > 0
END
WHILE @i < 5
BEGIN
SET @i += 1
IF @Flag = 1
CONTINUE
ENABLE TRIGGER tr_Staging ON inv.Staging
END
IF @Flag = 1
BEGIN
EXEC inv.usp_Rebuild @Mode = 'quick', @Force = 1
END
ELSE
BEGIN
INSERT INTO inv.Movement (ItemId, Note) VALUES (1, N'x')
END
BEGIN TRY
EXEC usp_Rebuild
END TRY
BEGIN CATCH
CLOSE item_cur
END CATCH
BEGIN TRY
RAISERROR(@Msg, 16, 1) WITH LOG
END TRY
BEGIN CATCH
EXEC inv.usp_Rebuild DEFAULT
END CATCH
IF @Flag = 1
BEGIN
SET @Text = @Text + N';'
END
ELSE
BEGIN
SELECT BinId FROM inv.StockItem GROUP BY BinId HAVING COUNT(*) > 1
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN TRY
SELECT 1
END TRY
BEGIN CATCH
ROLLBACK TRANSACTION;
THROW
END CATCH
SELECT N'done';
Done1840:
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT * FROM @Batch;
Done1841:
DROP INDEX IX_Bin ON inv.Bin
SELECT * FROM #Pending p;
Done1842:
ALTER TABLE inv.Bin DROP COLUMN Zone
SELECT * FROM inv.StockItem si WITH (NOLOCK);
Done1843:
WAITFOR DELAY @Delay
SELECT * FROM inv.fn_Levels(@ItemId);
Done1844:
CHECKPOINT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM inv.StockItem a LEFT JOIN inv.Bin b ON b.BinId = a.BinId AND b.IsActive = 1;
Done1845:
SELECT @@ROWCOUNT AS Affected
SELECT a.ItemId FROM inv.StockItem a CROSS APPLY inv.fn_Levels(a.ItemId) f;
Done1846:
DEALLOCATE bin_cur
SELECT a.ItemId FROM inv.StockItem a OUTER APPLY (SELECT TOP (1) x.Qty FROM inv.Movement x WHERE x.ItemId = a.ItemId) m;
Done1847:
DELETE FROM inv.Bin WHERE BinId = @BinId
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId;
Done1848:
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT s.BinId, SUM(s.Qty) FROM inv.StockItem s GROUP BY s.BinId;
Done1849:
DROP PROCEDURE IF EXISTS inv.usp_Old2
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC;
Done1850:
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
GOTO Done1851
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC;
Done1851:
SELECT CASE WHEN @Qty > 0 THEN 1 ELSE 0 END;
Done1852:
SELECT COUNT(*) FROM inv.Bin
SELECT @@ROWCOUNT;
Done1853:
COMMIT TRAN
EXEC inv.usp_Rebuild @Mode = N'full';
Done1854:
SELECT * INTO #Snap119859 FROM inv.Bin
EXEC inv.usp_Rebuild @Mode = 'quick', @Force = 1;
Done1855:
OPEN bin_cur
EXEC inv.usp_Rebuild @ItemId = NULL;
Done1856:
ALTER TABLE inv.Bin ALTER COLUMN BinCode NVARCHAR(40) NOT NULL
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild DEFAULT;
Done1857:
DELETE FROM inv.Bin WHERE BinId = @BinId
GOTO Done1858
EXEC inv.usp_Rebuild DEFAULT;
Done1858:
GOTO Done1859
ALTER DATABASE Warehouse SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
Done1859:
GOTO Done1860
BACKUP DATABASE Warehouse TO DISK = N'D:\backup\wh.bak' WITH COMPRESSION;
Done1860:
WHILE 1 = 1
BEGIN
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
BREAK
END
WHILE @i < 3
BEGIN
SET @i = @i + 1
BREAK
USE Warehouse
END
GO

BEGIN
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
END
GO

BEGIN
SELECT ItemId FROM inv.StockItem si
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
EXEC inv.usp_Rebuild @ItemId
END
GO

BEGIN
COMMIT WORK
END
GO

BEGIN
SELECT BinId, COUNT(*) FROM inv.StockItem GROUP BY BinId
END
GO

BEGIN
DROP VIEW IF EXISTS inv.vw_Old
END
GO

BEGIN
SELECT a.ItemId FROM inv.StockItem a LEFT JOIN inv.Bin b ON b.BinId = a.BinId AND b.IsActive = 1
END
GO

BEGIN
ALTER TABLE inv.Staging ADD Note NVARCHAR(200) NULL
END
GO

SELECT * FROM [inv].[StockItem];
Done1872:
SELECT N'x'
GO

BEGIN
ALTER TABLE inv.Staging ADD CONSTRAINT DF_Staging_Note DEFAULT (N'') FOR Note
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId INTO #Copy119383 FROM inv.StockItem;
Done1874:
SET @Name = N'x'
GO

BEGIN
SELECT ItemId FROM inv.StockItem ORDER BY ItemId OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
SELECT @Total
END
GO

GOTO Done1877
BEGIN TRAN StockMove;
Done1877:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT BinId FROM inv.StockItem GROUP BY BinId HAVING COUNT(*) > 1;
Done1878:
IF @Total = 0 PRINT 'zero'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem WHERE ItemName LIKE N'B%';
Done1879:
UPDATE @Batch SET Id = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
WHILE @i < 3
BEGIN
EXEC inv.usp_Bins @BinId
CONTINUE
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
FETCH NEXT FROM item_cur INTO @ItemId, @Qty;
Done1881:
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
IF NOT (@Flag = 1)
COMMIT
END
GO

BEGIN
SELECT ItemId, ItemName FROM inv.StockItem FOR JSON PATH
END
GO

BEGIN
ALTER TABLE inv.Staging DROP CONSTRAINT DF_Staging_Note
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
DECLARE @v105716 INT
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ItemId FROM inv.StockItem AS si;
Done1886:
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
RAISERROR(N'progress %d', 0, 1, @Count) WITH NOWAIT
END
GO

BEGIN
CREATE TYPE inv.CodeList AS TABLE (Code NVARCHAR(20) NOT NULL)
END
GO

BEGIN
CLOSE item_cur
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
BEGIN
IF (@Total = 0 AND @Flag = 1)
DBCC FREEPROCCACHE
END
GO

BEGIN TRY
SELECT 1
END TRY
BEGIN CATCH
WAITFOR DELAY '00:00:01';
THROW
END CATCH
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DECLARE @v119673 CURSOR;
Done1892:
DELETE FROM @Batch
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE TOP (100) FROM inv.Movement WHERE CreatedAt < @Cutoff;
Done1893:
RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
WHILE @i < 3
BEGIN
SET @i = @i + 1
BREAK
ROLLBACK TRANSACTION
END
GO

DELETE m FROM inv.Movement m INNER JOIN #Pending p ON p.ItemId = m.ItemId;
Done1895:
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @Flag = 1
EXECUTE sp_executesql @Sql
ELSE
PRINT 2
GO
