-- Training input for the parser's prediction snapshot: search conditions in WHERE, ON, HAVING, IF, WHILE and CASE WHEN.
-- Written for Preflight; not meant to be deployed.

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON [s].[ItemId] >= 'y' OR s.Flags & 1 = 1 AND UPPER(s.ItemName) >= DATEADD(DAY, -7, GETDATE()) WHERE (@ItemId > 0 AND (s.ItemName >= b.[BinId] OR (s.Flags & @Bits = @Bits AND @Total >= N'x')))
EXEC dbo.sp_rename N'inv.Bin.Code', N'BinCode', N'COLUMN'
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.BinId = CAST(@Text AS INT) AND s.Flags & 0x4 = 1 OR (EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND @Name LIKE N'A%')
SET @Stamp = GETDATE()
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (UPPER(s.ItemName) IN (1, 2, 3) OR [ItemId] = @Stamp) AND ItemId > 'y' AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND (s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND s.[ItemId] > b.[BinId])
EXEC [inv].[usp_Bins]
SELECT CASE WHEN b.[BinCode] <> @ItemId AND ((s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR s.BinId > (SELECT MAX(x.Qty) FROM inv.Movement x)) AND s.CreatedAt IS NOT NULL) OR [s].[ItemId] = inv.fn_Weight(s.ItemId) AND b.IsActive <= @ItemId THEN 1 WHEN ISNULL(s.Qty, 0) >= (SELECT MAX(x.Qty) FROM inv.Movement x) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
WHILE @i < 10 SET @i += 1
SELECT CASE WHEN ItemId < 0 AND (@Flag IS NOT NULL OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)) AND [s].[ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END OR s.Qty > 0 THEN 1 WHEN s.[ItemId] IN (@ItemId, @Qty) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) >= 0 OR (@Flag = 1 OR ISNULL(s.Qty, 0) = CAST(@Text AS INT)) OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND b.IsActive IS NULL
IF @@TRANCOUNT > 0 ROLLBACK TRAN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN b.[BinCode] > 'y' AND @ItemId != b.[BinId] AND s.ItemId > 1 OR (@Flag IS NOT NULL AND s.ItemName NOT LIKE @Name + N'%') THEN 1 WHEN (NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR b.[BinCode] < @ItemId) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
EXECUTE inv.usp_Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total IS NULL OR b.IsActive <> @Stamp AND [ItemId] = @Qty AND @ItemId = GETDATE() OPTION (RECOMPILE)
DBCC CHECKIDENT (N'inv.Bin', RESEED)
SELECT CASE WHEN @Total >= 0 AND (s.Qty <> (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemId < GETDATE()) AND ItemId <> b.BinId THEN 1 WHEN ([s].[ItemId] >= 0 OR s.ItemName = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
DECLARE @a130835 NVARCHAR(100) = N''
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING b.IsActive = 0 AND s.CreatedAt BETWEEN 1 AND 10 OR ItemId = 0 OR s.ItemName NOT LIKE @Name + N'%'
IF @Total IS NULL SET @Total = 0
IF (@ItemName NOT BETWEEN @Qty AND 10 AND @Total IS NULL) AND (@CreatedAt IN (@ItemId, @Qty) OR ISNULL(@Qty, 0) NOT IN (N'a', N'b')) AND [ItemId] > @Stamp OR @ItemName IN (@ItemId, @Qty)
EXECUTE [inv].[usp_Bins] @BinId = 1
SELECT CASE WHEN UPPER(s.ItemName) > 0 OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR ([ItemId] = 0 AND @Total <> 0) THEN 1 WHEN s.ItemName IN (@ItemId, @Qty) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
COMMIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN NOT s.Qty IS NULL AND @Total IS NOT NULL AND s.Flags & 1 = @Bits THEN 1 WHEN @Name NOT LIKE @Name + N'%' THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
SET @Rows = @@ROWCOUNT
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.IsActive <= -1 AND @Flag <= 0 AND s.[ItemId] = @Stamp AND (@Total >= 'y' OR (s.Qty IS NULL AND @Name LIKE '%x%'))
DECLARE @a131496 INT = 1
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON ItemId <= (SELECT MAX(x.Qty) FROM inv.Movement x) AND @Flag > b.BinId AND (@Name NOT LIKE @Name + N'%' AND s.Qty < b.BinId) AND @Flag NOT IN (1, 2, 3) WHERE s.[ItemId] = GETDATE()
EXEC sp_executesql @Sql
IF @Flag != @Stamp OR @ItemName IS NULL OR (EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND ItemId > 0) AND [ItemId] IS NOT NULL
ALTER TABLE inv.Bin DROP COLUMN Zone
SELECT CASE WHEN @Name LIKE @Name + N'%' OR s.ItemId > -1 AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND NOT ISNULL(s.Qty, 0) NOT BETWEEN 1 AND @Total THEN 1 WHEN s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
SELECT GETDATE() AS Now
SELECT CASE WHEN UPPER(s.ItemName) <> -1 AND (NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND UPPER(s.ItemName) > 0) AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND s.Flags & 1 = 1 THEN 1 WHEN s.[ItemId] <= -1 THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
CREATE TABLE #Codes128581 (Code NVARCHAR(20))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING (s.[ItemId] = s.BinId OR ItemId <= -1) AND @Flag = DATEADD(DAY, -7, GETDATE()) AND ([ItemId] IS NULL AND s.BinId IS NOT NULL)
INSERT INTO inv.Bin DEFAULT VALUES
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @Name LIKE @Name + N'%' AND @ItemId = 0 OR (s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR s.BinId != DATEADD(DAY, -7, GETDATE())) WHERE s.CreatedAt IN (1, 2, 3)
FETCH NEXT FROM bin_cur INTO @BinId
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING NOT s.[ItemId] IS NOT NULL AND ([s].[ItemId] < 0 AND UPPER(s.ItemName) > -1) OR @Total IS NOT NULL
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE [s].[ItemId] > 1 OR ItemId IS NULL AND UPPER(s.ItemName) NOT BETWEEN N'a' AND @Total AND ItemId > b.[BinId]
IF @@ROWCOUNT = 0 RETURN
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE UPPER(s.ItemName) <> DATEADD(DAY, -7, GETDATE()) OR b.[BinCode] LIKE @Name + N'%' OR @Flag = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END OR (([ItemId] > @ItemId AND @Name LIKE @Name + N'%') AND s.Qty IS NULL)
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE UPPER(s.ItemName) >= s.BinId OR s.Flags & 0x4 = @Bits OR @Flag = N'x' GROUP BY s.ItemId, b.IsActive
ALTER TABLE inv.Bin ALTER COLUMN BinCode NVARCHAR(40) NOT NULL
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @ItemName >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemName NOT LIKE N'A%' AND ItemId = N'x'
DROP INDEX IX_Bin ON inv.Bin
SELECT CASE WHEN s.Qty = -1 OR @Flag = 1 AND ItemId > DATEADD(DAY, -7, GETDATE()) AND UPPER(s.ItemName) IS NOT NULL THEN 1 WHEN @Total = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
TRUNCATE TABLE inv.Bin_Old
IF @IsActive <> 0 AND @BinId >= GETDATE() AND ItemId = inv.fn_Weight(@ItemId) AND ISNULL(@Qty, 0) > @BinId
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.[BinCode] LIKE '%x%' OR [ItemId] > (SELECT MAX(x.Qty) FROM inv.Movement x) AND b.[BinCode] = 0 AND @ItemId = 'y' ORDER BY s.ItemId
DECLARE @a132653 INT
SELECT CASE WHEN @Flag = 0 AND ItemId IS NOT NULL OR (NOT s.ItemId IS NULL OR ItemId = inv.fn_Weight(s.ItemId)) AND [ItemId] NOT IN (1, 2, 3) THEN 1 WHEN s.Qty != 0 THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
EXEC ('SELECT 1')
IF NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND @ItemName <> 'y' AND [ItemId] = 0
SET @Name = N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND @Flag NOT IN (N'a', N'b') OR ((@Flag <= 0 AND ItemId = @ItemId) OR s.ItemId IS NOT NULL) THEN 1 WHEN ItemId <= b.BinId THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
INSERT INTO inv.Bin DEFAULT VALUES
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND (ISNULL(s.Qty, 0) > @Qty OR s.ItemId NOT IN (@ItemId, @Qty)) AND (((s.[ItemId] <= @Stamp AND @Flag >= 'y') AND @Total != N'x') OR ISNULL(s.Qty, 0) >= (SELECT MAX(x.Qty) FROM inv.Movement x)) WHERE s.ItemName <> @Stamp
SELECT [BinId] FROM [inv].[Bin]
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (@Total != @ItemId AND ItemId IN (SELECT x.ItemId FROM inv.Movement x)) AND @Flag <= GETDATE() AND s.CreatedAt = DATEADD(DAY, -7, GETDATE()) AND b.[BinCode] > -1 ORDER BY s.ItemId
ALTER INDEX ALL ON inv.Bin REBUILD
SELECT CASE WHEN (ISNULL(s.Qty, 0) < @Stamp OR s.BinId NOT IN (N'a', N'b')) AND (@Flag = 0 OR [ItemId] = b.[BinId]) AND @Name LIKE '%x%' OR s.Qty <> @ItemId THEN 1 WHEN ISNULL(s.Qty, 0) >= (SELECT MAX(x.Qty) FROM inv.Movement x) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
DELETE FROM inv.Bin WHERE BinId = @BinId
IF ItemId > GETDATE() AND [ItemId] IS NULL AND ItemId IS NULL OR (@CreatedAt = DATEADD(DAY, -7, GETDATE()) AND @Flag BETWEEN 1 AND N'z')
CREATE ROLE BinRole
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @Flag IS NULL OR @Total BETWEEN @Qty AND 10 OR @Total > 1 OR @ItemId <> 1 WHERE [ItemId] = 1
GRANT SELECT ON inv.Bin TO BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN s.ItemName = 0 AND @ItemId < @ItemId OR ItemId IS NOT NULL AND ItemId >= 0 THEN 1 WHEN b.[BinCode] NOT LIKE @Name + N'%' THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
SAVE TRAN BinSave
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.Flags & @Bits = 0 AND @Flag IN (N'a', N'b') OR b.IsActive = @ItemId AND ItemId <= @Stamp WHERE s.ItemName NOT LIKE '%x%'
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.[ItemId] IN (1, 2, 3) AND (@Flag <> s.BinId OR s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode)
SET @Total += 1
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON [s].[ItemId] = CAST(@Text AS INT) AND s.[ItemId] NOT IN (@ItemId, @Qty) AND (ItemId IS NOT NULL OR s.BinId = DATEADD(DAY, -7, GETDATE())) OR (s.Flags & @Bits = @Bits OR b.[BinCode] >= 0) WHERE ISNULL(s.Qty, 0) = inv.fn_Weight(s.ItemId)
UPDATE inv.Bin SET IsActive = 0
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR b.[BinCode] != GETDATE() AND [ItemId] = (SELECT MAX(x.Qty) FROM inv.Movement x) AND UPPER(s.ItemName) < DATEADD(DAY, -7, GETDATE()) WHERE @Total < b.[BinId]
EXECUTE inv.usp_Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ((NOT (b.IsActive >= (SELECT MAX(x.Qty) FROM inv.Movement x) OR @ItemId != (SELECT MAX(x.Qty) FROM inv.Movement x)) OR b.[BinCode] NOT LIKE N'A%') OR UPPER(s.ItemName) < GETDATE()) AND b.IsActive = b.[BinId] AND ISNULL(s.Qty, 0) <> (SELECT MAX(x.Qty) FROM inv.Movement x)
ALTER TABLE inv.Bin DROP CONSTRAINT CK_Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT (s.ItemId < @ItemId OR @Name LIKE N'A%') AND ItemId < @Qty
EXEC ('SELECT 1')
SELECT CASE WHEN EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND (ItemId = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AND NOT @ItemId = -1) AND UPPER(s.ItemName) >= @Qty AND s.ItemId < -1 THEN 1 WHEN @Flag = @Stamp THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
SELECT @@ROWCOUNT AS Affected
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.ItemName IS NOT NULL AND (b.IsActive < -1 OR (ISNULL(s.Qty, 0) NOT IN (1, 2, 3) OR @Flag > @Stamp))) OR UPPER(s.ItemName) = 0 OR ItemId > s.BinId
INSERT inv.Bin SELECT * FROM #Bins
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.ItemName LIKE '%x%' OR @Name LIKE @Name + N'%' WHERE s.CreatedAt <= b.[BinId]
EXEC inv.usp_Bins @BinId = 1
IF [ItemId] <> [BinId] AND ([ItemId] = GETDATE() AND [ItemId] < N'x') AND (NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND [BinCode] LIKE '%x%')
SELECT N'x'
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON [ItemId] IS NULL OR ([ItemId] IS NULL AND b.[BinCode] = @Stamp) AND s.ItemName >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND ItemId NOT IN (N'a', N'b') WHERE s.ItemName LIKE N'A%'
EXEC inv.usp_Bins @BinId = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF [BinCode] IS NOT NULL OR @Flag != 0 AND NOT (@ItemId = -1 OR UPPER(@ItemName) NOT IN (SELECT x.ItemId FROM inv.Movement x))
SELECT CAST(@Total AS INT) AS T
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.[BinCode] = @ItemId AND s.Flags & 0x4 = 1 AND ItemId <> 0 GROUP BY s.ItemId, b.IsActive
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR @Flag >= 0
SET @Rows = @@ROWCOUNT
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) < s.BinId OR @ItemId < (SELECT MAX(x.Qty) FROM inv.Movement x) OR @Name NOT LIKE @Name + N'%' OPTION (RECOMPILE)
TRUNCATE TABLE inv.Bin_Old
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @ItemId IS NULL OR s.ItemId NOT BETWEEN 1 AND 10 AND (EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND ((s.CreatedAt != @ItemId OR (s.CreatedAt >= 1 AND s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode)) AND @ItemId = @Stamp)) OPTION (RECOMPILE)
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
IF NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND [ItemId] >= N'x' AND @Total >= @ItemId AND @ItemName BETWEEN 1 AND 10
DBCC FREEPROCCACHE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @Qty != 0 AND ItemId = [BinId] AND @Name LIKE '%x%'
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.ItemName NOT IN (SELECT x.ItemId FROM inv.Movement x) OR s.ItemName < 1) OR @Flag BETWEEN N'a' AND @Total OR b.IsActive <> -1
DECLARE @a131132 NVARCHAR(100) = N''
IF NOT (@ItemName IS NOT NULL OR [BinCode] <= @BinId) AND [BinCode] NOT LIKE '%x%' AND @Flag < @BinId
EXEC inv.usp_Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND ISNULL(s.Qty, 0) >= N'x' AND ISNULL(s.Qty, 0) >= b.[BinId] OR s.ItemName LIKE @Name + N'%'
EXEC ('SELECT 1')
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND s.ItemId <= 0 AND @Flag >= 0 ORDER BY s.ItemId
RETURN
IF @Total IS NULL AND @IsActive <> @BinId AND @CreatedAt IS NOT NULL OR @Name LIKE @Name + N'%'
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND [ItemId] IN (SELECT x.ItemId FROM inv.Movement x) AND s.BinId = b.BinId OR @Total NOT IN (@ItemId, @Qty)
INSERT Warehouse.inv.Bin (BinCode) VALUES (N'A4')
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.Flags & 1 = 0 AND s.BinId IS NULL OR [ItemId] IN (@ItemId, @Qty) AND ItemId >= GETDATE() ORDER BY s.ItemName DESC
EXEC ('SELECT 1')
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.ItemName >= 0 AND [ItemId] <= @Qty WHERE s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
IF NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND @IsActive <= @ItemId OR [ItemId] IS NULL
SELECT ERROR_NUMBER() AS Num, ERROR_MESSAGE() AS Msg
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING @ItemId = GETDATE() AND [ItemId] = 'y' AND (EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND s.ItemName >= -1)
PRINT 'x'
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR ItemId = 'y' AND b.[BinCode] LIKE @Name + N'%' THEN 1 WHEN s.[ItemId] = inv.fn_Weight(s.ItemId) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
;WITH cte (Id) AS (SELECT 1) DELETE FROM inv.Bin WHERE BinId IN (SELECT Id FROM cte)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON [ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AND s.[ItemId] IN (N'a', N'b') OR (s.[ItemId] <= b.[BinId] AND [ItemId] = DATEADD(DAY, -7, GETDATE())) AND s.CreatedAt NOT BETWEEN N'a' AND @Total WHERE @Flag = @Qty
DROP FUNCTION inv.fn_Old2
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName <= (SELECT MAX(x.Qty) FROM inv.Movement x) AND ISNULL(s.Qty, 0) > b.BinId AND @ItemId BETWEEN N'a' AND N'z' AND @Flag < 0 OPTION (RECOMPILE)
INSERT inv.Bin SELECT * FROM #Bins
SELECT CASE WHEN s.ItemName < DATEADD(DAY, -7, GETDATE()) AND ISNULL(s.Qty, 0) <= (SELECT MAX(x.Qty) FROM inv.Movement x) OR ISNULL(s.Qty, 0) = (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.Flags & @Bits = 0 THEN 1 WHEN (UPPER(s.ItemName) <> b.[BinId] AND s.Flags & 1 = 0) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
RAISERROR('x', 16, 1)
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING s.Flags & @Bits = @Bits OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR ItemId BETWEEN 1 AND @Total
SELECT TOP 10 BinId FROM inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @ItemId = CAST(@Text AS INT) OR (@Flag IN (N'a', N'b') AND [ItemId] != 0) GROUP BY s.ItemId, b.IsActive
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING [ItemId] NOT BETWEEN @Qty AND @Total AND ([ItemId] IN (SELECT x.ItemId FROM inv.Movement x) OR UPPER(s.ItemName) IS NOT NULL) OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)
SET @Total = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Flag = GETDATE() AND b.[BinCode] = inv.fn_Weight(s.ItemId) OR @Name NOT LIKE @Name + N'%' AND (s.ItemId > -1 AND s.Qty < @Stamp) ORDER BY s.ItemId
USE [Warehouse]
WHILE NOT @ItemName < 1 AND (@ItemName COLLATE DATABASE_DEFAULT = @BinCode AND (@Flag > @Stamp OR @ItemId <> @Qty)) AND ((@Flag = 0 OR @BinId <> [BinId]) OR [ItemId] >= 'y') OR @Qty = @ItemId
BEGIN
SET @i += 1
END
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ItemId IN (@ItemId, @Qty) OR s.[ItemId] IS NOT NULL OR UPPER(s.ItemName) < @Stamp AND NOT (s.ItemName LIKE @Name + N'%' OR s.[ItemId] IS NULL)
IF (@Total > 0) SET @Flag = 1
SELECT CASE WHEN UPPER(s.ItemName) = DATEADD(DAY, -7, GETDATE()) AND s.BinId <= 1 AND s.Qty <= 1 AND ItemId > @ItemId THEN 1 WHEN [s].[ItemId] IS NOT NULL THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
DELETE inv.Bin WHERE IsActive = 0
SELECT CASE WHEN @Total BETWEEN N'a' AND @Total OR (NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR (s.Qty BETWEEN @Qty AND @Total AND ItemId = (SELECT MAX(x.Qty) FROM inv.Movement x))) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND (s.ItemName != 1 OR ISNULL(s.Qty, 0) > 0) THEN 1 WHEN @Total = DATEADD(DAY, -7, GETDATE()) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (b.[BinCode] <> b.[BinId] AND ISNULL(s.Qty, 0) = b.BinId) AND [ItemId] > DATEADD(DAY, -7, GETDATE()) AND @Flag != @Qty AND (@ItemId < 0 AND ISNULL(s.Qty, 0) > @ItemId) ORDER BY s.ItemId
ALTER TABLE inv.Bin DROP CONSTRAINT CK_Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.Qty <> 'y' AND s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR [ItemId] < @ItemId AND [ItemId] < GETDATE() WHERE EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)
UPDATE inv.Bin SET IsActive = 0
SELECT CASE WHEN [s].[ItemId] = CAST(@Text AS INT) OR @Flag = GETDATE() OR [s].[ItemId] >= 0 AND [ItemId] < @Qty THEN 1 WHEN [s].[ItemId] > @ItemId THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
ENABLE TRIGGER ALL ON inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE [s].[ItemId] IS NULL OR [ItemId] > @Qty OR UPPER(s.ItemName) < b.[BinId] OR (s.ItemId >= (SELECT MAX(x.Qty) FROM inv.Movement x) OR UPPER(s.ItemName) IS NULL) GROUP BY s.ItemId, b.IsActive
PRINT 'x'
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.[ItemId] IS NULL AND s.ItemName = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AND (ItemId >= -1 OR @Flag <= 1) WHERE UPPER(s.ItemName) IS NOT NULL
CREATE TYPE inv.BinList AS TABLE (BinId INT)
IF @ItemId BETWEEN @Qty AND @Total AND ItemId != (SELECT MAX(x.Qty) FROM inv.Movement x) OR [BinCode] LIKE '%x%' AND [BinCode] BETWEEN N'a' AND N'z'
RETURN
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON ISNULL(s.Qty, 0) = inv.fn_Weight(s.ItemId) AND (ItemId <> 0 AND @Flag NOT IN (1, 2, 3)) WHERE @Total = b.[BinId]
DROP PROC inv.usp_Old2
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN s.BinId <> (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.[ItemId] > N'x' THEN 1 WHEN UPPER(s.ItemName) < 0 THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
GRANT SELECT ON inv.Bin TO BinRole
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemId NOT IN (1, 2, 3) AND s.Qty != b.BinId AND [s].[ItemId] < -1 AND @ItemId <= DATEADD(DAY, -7, GETDATE()) ORDER BY s.ItemId
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
WHILE (@IsActive IS NULL OR (@Name LIKE @Name + N'%' OR [BinCode] LIKE @Name + N'%')) AND [ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END OR @Qty != @Qty AND @Qty = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
BEGIN
SET @i += 1
END
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING ItemId IS NOT NULL AND NOT b.[BinCode] NOT LIKE @Name + N'%'
SELECT 'x' AS Tag
IF @ItemName = @Stamp AND @ItemName NOT IN (1, 2, 3) OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND [ItemId] = [BinId]
DROP SYNONYM inv.Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE [ItemId] <= @Qty OR NOT b.IsActive = b.[BinId] AND [ItemId] >= b.BinId GROUP BY s.ItemId, b.IsActive
DECLARE @a129000 NVARCHAR(100) = N''
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName NOT LIKE @Name + N'%' AND NOT NOT UPPER(s.ItemName) <> @ItemId OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR b.IsActive = @Stamp ORDER BY s.ItemName DESC
EXEC inv.usp_Bins @BinId = 1
SELECT CASE WHEN b.IsActive >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND NOT (([ItemId] <> GETDATE() OR s.ItemName <= s.BinId) AND s.Qty <> -1) AND b.[BinCode] LIKE '%x%' AND ItemId IS NULL THEN 1 WHEN b.[BinCode] <= b.BinId THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
EXEC dbo.sp_rename N'inv.Bin.Code', N'BinCode', N'COLUMN'
IF @ItemName COLLATE DATABASE_DEFAULT = @BinCode AND [BinCode] = @BinId AND @Flag = @Qty OR (ItemId IS NOT NULL OR @ItemName COLLATE DATABASE_DEFAULT = @BinCode)
DENY UPDATE ON inv.Bin TO BinRole
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND b.IsActive = N'x' AND NOT [ItemId] = (SELECT MAX(x.Qty) FROM inv.Movement x) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) GROUP BY s.ItemId, b.IsActive
FETCH NEXT FROM bin_cur INTO @BinId
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND b.IsActive > DATEADD(DAY, -7, GETDATE()) WHERE b.[BinCode] NOT LIKE '%x%'
BEGIN SET @Total = 0 END
IF (ISNULL(@Qty, 0) IS NULL OR [ItemId] IS NOT NULL) AND [ItemId] < 1 OR [BinCode] <> @BinId OR @Qty NOT BETWEEN N'a' AND 10
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF NOT [ItemId] != @BinId OR [ItemId] = @Stamp AND @Flag = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
CREATE SYNONYM inv.Bins FOR inv.Bin
IF [ItemId] = -1 AND @ItemId > @BinId OR ISNULL(@Qty, 0) IS NULL AND @ItemName != 1
WHILE 1 = 1 BEGIN BREAK END
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE [ItemId] = -1 OR (@Total >= s.BinId AND (s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR NOT s.ItemName <> -1)) OR (@Flag = @ItemId AND NOT ISNULL(s.Qty, 0) NOT IN (N'a', N'b')) OR [ItemId] > N'x' GROUP BY s.ItemId, b.IsActive
DROP INDEX IX_Bin ON inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE [ItemId] NOT IN (1, 2, 3) AND @Flag NOT BETWEEN 1 AND 10 AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND UPPER(s.ItemName) >= 0 ORDER BY s.ItemId
DROP VIEW inv.vw_Old2
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) >= @ItemId AND [s].[ItemId] != s.BinId AND s.ItemName LIKE @Name + N'%' OR @ItemId >= @ItemId
DROP PROC inv.usp_Old2
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.CreatedAt = b.[BinId] OR ItemId >= -1 AND s.[ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AND s.ItemName NOT LIKE @Name + N'%' ORDER BY s.ItemId
PRINT @Msg
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE ((@ItemId NOT BETWEEN @Qty AND N'z' OR (s.CreatedAt IS NULL AND s.ItemName IN (@ItemId, @Qty))) AND s.ItemName <> @ItemId) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND NOT @Flag = -1 AND ISNULL(s.Qty, 0) < -1
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
IF (@ItemId = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END OR @Flags & @Bits = 1) OR @CreatedAt < 0 OR @Flags & 0x4 = @Bits
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT CASE WHEN s.[ItemId] <> 0 AND s.BinId NOT IN (SELECT x.ItemId FROM inv.Movement x) AND (@Name LIKE @Name + N'%' AND @Total <= (SELECT MAX(x.Qty) FROM inv.Movement x)) THEN 1 WHEN s.BinId <> -1 THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.IsActive = -1 AND @Flag NOT IN (1, 2, 3) OR NOT s.ItemName <> @ItemId OR ItemId IS NULL
ALTER ROLE BinRole ADD MEMBER BinReader
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.Flags & 1 = @Bits OR ItemId >= 1 AND ItemId >= 'y'
ENABLE TRIGGER ALL ON inv.Bin
SELECT CASE WHEN s.Qty > N'x' OR [ItemId] = CAST(@Text AS INT) AND ItemId = 0 THEN 1 WHEN s.CreatedAt BETWEEN N'a' AND N'z' THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
EXEC Warehouse.inv.usp_Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF @Flag != DATEADD(DAY, -7, GETDATE()) AND (ItemId < 1 AND UPPER(@ItemName) NOT IN (1, 2, 3))
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
IF ISNULL(@Qty, 0) >= @Stamp OR @Qty = inv.fn_Weight(@ItemId)
DROP VIEW inv.vw_Old2
IF [BinCode] NOT IN (1, 2, 3) AND [ItemId] < 1 OR [ItemId] = 0
SELECT ISNULL(@Total, 0)
IF @Qty > 'y' AND ItemId <> N'x' OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId)
DELETE TOP (5) FROM inv.Bin
IF EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND [ItemId] != @Qty OR @ItemId = 0
SELECT [BinId] FROM [inv].[Bin]
IF @IsActive > @ItemId AND ([BinCode] >= 1 AND ItemId > [BinId])
BEGIN TRAN BinMove
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.BinId <> DATEADD(DAY, -7, GETDATE()) AND UPPER(s.ItemName) = (SELECT MAX(x.Qty) FROM inv.Movement x) AND ItemId <= 0 OR s.ItemId <> b.[BinId]
DENY UPDATE ON inv.Bin TO BinRole
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total >= @Qty AND [ItemId] = -1 OR (b.[BinCode] <> DATEADD(DAY, -7, GETDATE()) AND s.[ItemId] NOT IN (N'a', N'b'))
EXEC sp_executesql @Sql, N'@b INT', @b = 1
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.BinId > -1 AND (UPPER(s.ItemName) > -1 OR @ItemId IS NULL) OR s.CreatedAt = @Qty
DENY UPDATE ON inv.Bin TO BinRole
IF @Flag != (SELECT MAX(x.Qty) FROM inv.Movement x) AND ((UPPER(@ItemName) < @BinId OR [ItemId] <> 'y') AND [ItemId] IS NULL) AND [ItemId] IS NOT NULL
COMMIT
IF @CreatedAt = 'y' OR UPPER(@ItemName) <> GETDATE() AND (ItemId <= @ItemId OR [BinCode] <= GETDATE()) AND @CreatedAt != @Qty
SELECT N'x'
IF ItemId > (SELECT MAX(x.Qty) FROM inv.Movement x) OR UPPER(@ItemName) <> @BinId OR ItemId < 0 AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId)
CREATE SYNONYM inv.Bins FOR inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE [s].[ItemId] >= 0 AND UPPER(s.ItemName) >= 1 AND s.Flags & 0x4 = 0 GROUP BY s.ItemId, b.IsActive
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
IF [BinCode] NOT LIKE @Name + N'%' AND ItemId = 0
ROLLBACK TRANSACTION
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.[ItemId] IS NOT NULL AND (ItemId > s.BinId AND b.IsActive > N'x') OR [s].[ItemId] = 0
DELETE inv.Bin WHERE IsActive = 0
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING s.BinId = N'x' OR s.[ItemId] = @ItemId AND [ItemId] > 0
COMMIT TRANSACTION
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName LIKE '%x%' AND NOT ItemId = @ItemId OR b.IsActive <> s.BinId
ROLLBACK TRANSACTION
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.Qty IS NULL AND @Flag IS NULL) AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR ((s.ItemId >= b.[BinId] AND s.Flags & 1 = 0) AND s.Flags & 1 = @Bits) ORDER BY s.ItemId
SAVE TRAN BinSave
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF NOT @CreatedAt IN (@ItemId, @Qty) AND @BinId BETWEEN N'a' AND 10 AND [BinCode] >= @Stamp OR [ItemId] > N'x'
IF @Flag = 1 AND @Total > 0 SELECT 1
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) IN (SELECT x.ItemId FROM inv.Movement x) AND s.ItemName NOT LIKE '%x%' OR (ItemId = @ItemId OR s.CreatedAt NOT IN (SELECT x.ItemId FROM inv.Movement x))
EXEC dbo.sp_rename N'inv.Bin.Code', N'BinCode', N'COLUMN'
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ([s].[ItemId] NOT IN (N'a', N'b') OR ItemId IN (@ItemId, @Qty)) AND s.Qty >= @Stamp AND s.ItemId <= @Qty GROUP BY s.ItemId, b.IsActive
BEGIN PRINT 'x' END
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING (NOT NOT b.[BinCode] >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.[ItemId] != 'y') AND s.ItemId < @Stamp AND SUM(s.Qty) >= @Stamp
DBCC FREEPROCCACHE
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @ItemId < @Qty AND b.[BinCode] IN (1, 2, 3) OR s.[ItemId] <= b.[BinId] AND ItemId BETWEEN 1 AND N'z' GROUP BY s.ItemId, b.IsActive
DECLARE @a130198 TABLE (Id INT)
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON UPPER(s.ItemName) != s.BinId AND b.[BinCode] <= 1 AND ItemId <> @ItemId OR @Flag = @Qty WHERE @ItemId IN (N'a', N'b')
INSERT INTO inv.Bin DEFAULT VALUES
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON ((@ItemId IS NULL AND b.IsActive > (SELECT MAX(x.Qty) FROM inv.Movement x)) OR ItemId NOT BETWEEN @Qty AND N'z') AND [s].[ItemId] <> 'y' OR NOT @ItemId IS NOT NULL WHERE (s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR b.[BinCode] <> @Stamp)
DENY UPDATE ON inv.Bin TO BinRole
SELECT CASE WHEN s.Flags & 1 = 1 AND NOT s.Flags & @Bits = 1 OR @ItemId <> (SELECT MAX(x.Qty) FROM inv.Movement x) OR s.Qty <= 0 THEN 1 WHEN s.Qty NOT IN (@ItemId, @Qty) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
ALTER SEQUENCE inv.BinSeq RESTART WITH 1
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.BinId != -1 OR @Total < @Stamp GROUP BY s.ItemId, b.IsActive
WAITFOR DELAY @Delay
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.IsActive != -1 AND (ItemId NOT IN (@ItemId, @Qty) AND s.ItemId IS NOT NULL) ORDER BY s.ItemId
ROLLBACK
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON b.IsActive < s.BinId AND NOT @Total IN (SELECT x.ItemId FROM inv.Movement x) OR b.[BinCode] = CAST(@Text AS INT) AND b.[BinCode] LIKE @Name + N'%' WHERE ItemId < 'y'
EXEC @rc = inv.usp_Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @ItemId <> 1 OR NOT s.Flags & @Bits = @Bits OR ItemId = @Qty ORDER BY s.ItemName DESC
DROP TABLE inv.Bin_Old
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF ([BinCode] NOT LIKE '%x%' OR ISNULL(@Qty, 0) < 1) OR @ItemName COLLATE DATABASE_DEFAULT = @BinCode AND @CreatedAt NOT BETWEEN 1 AND N'z' OR @Qty = @BinId
INSERT INTO inv.Bin (BinCode) SELECT Code FROM #Codes
IF ([ItemId] IS NOT NULL OR @Name NOT LIKE @Name + N'%') AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND @BinId = 0 AND NOT @ItemName COLLATE DATABASE_DEFAULT = @BinCode
ROLLBACK TRANSACTION
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING s.Flags & 0x4 = 0 AND UPPER(s.ItemName) > s.BinId AND b.[BinCode] IS NOT NULL AND [ItemId] <> 'y'
DECLARE @a129464 NVARCHAR(100) = N''
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @Name NOT LIKE '%x%' OR s.ItemId = 0 AND (@Flag <= @Stamp AND s.CreatedAt < @ItemId) AND s.CreatedAt >= (SELECT MAX(x.Qty) FROM inv.Movement x) WHERE b.IsActive >= b.BinId
UPDATE [inv].[Bin] SET [IsActive] = 1
IF @Flags & 0x4 = @Bits OR (@Flag < -1 OR @CreatedAt NOT BETWEEN N'a' AND N'z') AND EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND ISNULL(@Qty, 0) >= DATEADD(DAY, -7, GETDATE())
CREATE SYNONYM inv.Bins FOR inv.Bin
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @ItemId = inv.fn_Weight(s.ItemId) AND @ItemId = (SELECT MAX(x.Qty) FROM inv.Movement x) AND [ItemId] = 0 AND @Total != N'x' WHERE UPPER(s.ItemName) NOT IN (N'a', N'b')
EXEC inv.usp_Bins 1, N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING NOT (s.[ItemId] < N'x' AND [ItemId] <> @Stamp) AND NOT ItemId BETWEEN N'a' AND @Total AND [ItemId] = 0
DECLARE @a129758 TABLE (Id INT)
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.CreatedAt > N'x' AND ((NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND s.[ItemId] != @ItemId) OR ISNULL(s.Qty, 0) != GETDATE()) AND @Flag = s.BinId AND s.ItemId = b.[BinId]
DROP TABLE IF EXISTS #Codes
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.[BinCode] <= (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR NOT ISNULL(s.Qty, 0) > N'x' AND s.Qty < (SELECT MAX(x.Qty) FROM inv.Movement x) ORDER BY s.ItemName DESC
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
SELECT CASE WHEN s.Flags & @Bits = 0 AND ItemId <= GETDATE() OR UPPER(s.ItemName) BETWEEN @Qty AND N'z' THEN 1 WHEN NOT [s].[ItemId] = GETDATE() THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
DECLARE bin_cur132563 CURSOR LOCAL STATIC FOR SELECT BinId FROM inv.Bin
IF [BinCode] NOT BETWEEN N'a' AND @Total OR @ItemName > @ItemId
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.IsActive > (SELECT MAX(x.Qty) FROM inv.Movement x) AND b.[BinCode] IS NULL AND ItemId <> (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.[ItemId] = b.BinId
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF (@Flags & @Bits = 1 AND ISNULL(@Qty, 0) >= 0) OR @Qty BETWEEN N'a' AND 10
BEGIN TRAN BinMove
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT s.ItemId >= b.[BinId] OR b.IsActive > 0 AND @Total NOT BETWEEN N'a' AND N'z' AND s.Flags & 1 = @Bits GROUP BY s.ItemId, b.IsActive
DEALLOCATE bin_cur
SELECT CASE WHEN @Name NOT LIKE @Name + N'%' OR UPPER(s.ItemName) <= 1 THEN 1 WHEN [ItemId] <> -1 THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
ALTER ROLE BinRole ADD MEMBER BinReader
IF @Total = inv.fn_Weight(@ItemId) OR (@Qty <> DATEADD(DAY, -7, GETDATE()) AND NOT @BinId = @BinId) AND NOT @IsActive <> @ItemId
SELECT DISTINCT BinCode FROM inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE UPPER(s.ItemName) IS NULL OR ItemId > 0
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
IF @CreatedAt = @BinId AND [ItemId] > DATEADD(DAY, -7, GETDATE()) AND [BinCode] LIKE @Name + N'%'
SELECT 1 AS Ok
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF ItemId NOT IN (1, 2, 3) AND @Name LIKE N'A%' AND @IsActive = @ItemId OR ([BinCode] LIKE N'A%' OR [ItemId] BETWEEN @Qty AND N'z')
IF @Total IS NULL SET @Total = 0
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.Flags & 1 = @Bits OR ItemId < -1) OR [s].[ItemId] NOT IN (SELECT x.ItemId FROM inv.Movement x) OR ItemId <= DATEADD(DAY, -7, GETDATE())
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName = @ItemId OR s.BinId < DATEADD(DAY, -7, GETDATE()) OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND @Name LIKE '%x%'
SELECT * FROM inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.IsActive = b.[BinId] OR s.BinId = (SELECT MAX(x.Qty) FROM inv.Movement x) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND @ItemId = b.[BinId]
DECLARE @a128457 INT, @b128457 NVARCHAR(10)
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ItemId >= 0 AND b.[BinCode] NOT LIKE @Name + N'%' AND [ItemId] IS NULL AND s.ItemName IS NOT NULL
EXECUTE (@Sql)
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.BinId >= GETDATE() OR s.ItemId > GETDATE() WHERE (@Flag = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AND s.[ItemId] < 'y')
SELECT ERROR_NUMBER() AS Num, ERROR_MESSAGE() AS Msg
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ItemId IS NULL AND @Flag = s.BinId AND (s.Flags & @Bits = 0 OR b.[BinCode] NOT LIKE @Name + N'%') ORDER BY s.ItemId
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING ISNULL(SUM(s.Qty), 0) IN (@ItemId, @Qty) OR (ItemId <= s.BinId OR [s].[ItemId] NOT IN (1, 2, 3)) AND b.[BinCode] NOT LIKE N'A%'
SELECT TOP 10 BinId FROM inv.Bin
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING UPPER(s.ItemName) <> @Qty AND b.[BinCode] LIKE @Name + N'%' AND s.BinId >= @ItemId AND ((b.[BinCode] < @Stamp AND [ItemId] <> 1) OR @Name NOT LIKE N'A%')
SELECT ISNULL(@Total, 0)
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON b.[BinCode] NOT LIKE '%x%' AND s.BinId IS NULL AND (s.BinId <= @ItemId AND b.IsActive IS NOT NULL) AND ([ItemId] > 0 AND ItemId = CAST(@Text AS INT)) WHERE s.BinId = N'x'
IF @Total IS NULL SET @Total = 0
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING @Flag <= DATEADD(DAY, -7, GETDATE()) AND (([ItemId] > b.[BinId] OR ItemId <> s.BinId) AND s.CreatedAt >= 1) AND UPPER(s.ItemName) != @Stamp OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE [s].[ItemId] NOT IN (1, 2, 3) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND ItemId != b.BinId OR s.Flags & @Bits = 1
CREATE TABLE #Codes130489 (Code NVARCHAR(20))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING NOT (SUM(s.Qty) < 0 OR SUM(s.Qty) <= (SELECT MAX(x.Qty) FROM inv.Movement x)) AND s.ItemId IS NULL OR @Total = CAST(@Text AS INT)
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
SELECT CASE WHEN (([s].[ItemId] = 'y' OR @ItemId > 0) OR NOT s.ItemName NOT LIKE N'A%') AND [s].[ItemId] IN (1, 2, 3) OR s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode OR s.ItemName = b.BinId THEN 1 WHEN s.BinId = b.[BinId] THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
WHILE 1 = 1 BEGIN BREAK END
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) < (SELECT MAX(x.Qty) FROM inv.Movement x) OR @ItemId <> N'x'
WAITFOR DELAY '00:00:05'
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @ItemId IN (N'a', N'b') OR s.ItemId IS NULL WHERE s.ItemName LIKE @Name + N'%'
PRINT 'x'
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.CreatedAt < DATEADD(DAY, -7, GETDATE()) AND b.[BinCode] <> s.BinId AND UPPER(s.ItemName) <= 1 AND ItemId < (SELECT MAX(x.Qty) FROM inv.Movement x) WHERE @ItemId NOT BETWEEN N'a' AND N'z'
EXECUTE (@Sql)
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING (s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND NOT ISNULL(SUM(s.Qty), 0) != @ItemId) OR s.ItemId != 'y' AND s.Flags & 0x4 = 1
DECLARE @a128397 AS DATETIME2 = SYSDATETIME()
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND s.BinId <> -1 OR (@Name NOT LIKE '%x%' OR ItemId NOT BETWEEN @Qty AND N'z')
SELECT ISNULL(@Total, 0)
SELECT CASE WHEN NOT s.ItemId = CAST(@Text AS INT) AND @Total > 0 OR s.ItemName IN (@ItemId, @Qty) OR ISNULL(s.Qty, 0) NOT BETWEEN 1 AND 10 THEN 1 WHEN s.ItemName LIKE @Name + N'%' THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
DROP INDEX IX_Bin ON inv.Bin
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemId < DATEADD(DAY, -7, GETDATE()) AND ItemId = -1 OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)
TRUNCATE TABLE inv.Bin_Old
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE ([s].[ItemId] <> @ItemId OR ItemId <> @Stamp) OR b.IsActive NOT IN (SELECT x.ItemId FROM inv.Movement x)
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
IF @Flags & @Bits = @Bits OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND NOT ISNULL(@Qty, 0) >= N'x' AND (UPPER(@ItemName) NOT BETWEEN N'a' AND N'z' OR ItemId <> N'x')
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
WHILE @ItemId = inv.fn_Weight(@ItemId) AND [ItemId] < @Qty OR ([BinCode] = @Qty OR [ItemId] <> [BinId]) AND @BinId IS NOT NULL
BEGIN
SET @i += 1
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode AND ISNULL(s.Qty, 0) IS NOT NULL AND ISNULL(s.Qty, 0) < -1 GROUP BY s.ItemId, b.IsActive
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
IF @ItemName NOT LIKE @Name + N'%' OR @Qty != @Qty OR (@Flags & @Bits = 0 OR [ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END) AND @Flags & @Bits = 1
GRANT SELECT ON inv.Bin TO BinRole
WHILE @ItemId IS NOT NULL OR @ItemName COLLATE DATABASE_DEFAULT = @BinCode AND @Total < @ItemId OR @Flag < -1
BEGIN
SET @i += 1
END
WHILE ([BinCode] = 'y' OR @ItemName COLLATE DATABASE_DEFAULT = @BinCode) OR UPPER(@ItemName) = @Qty
BEGIN
SET @i += 1
END
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total IS NOT NULL OR (@Flag <= (SELECT MAX(x.Qty) FROM inv.Movement x) OR s.ItemName NOT IN (1, 2, 3)) AND [ItemId] = GETDATE() AND [s].[ItemId] = -1
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT s.Flags & @Bits = 1 AND @ItemId <= b.BinId AND s.CreatedAt < GETDATE() AND UPPER(s.ItemName) < 1
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Flag IN (1, 2, 3) AND ItemId BETWEEN @Qty AND @Total AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND @ItemId < b.BinId ORDER BY s.ItemId
IF @Flag = 1 BEGIN PRINT 'on' END ELSE BEGIN PRINT 'off' END
SELECT CASE WHEN ItemId <> (SELECT MAX(x.Qty) FROM inv.Movement x) AND @Total = 0 OR [s].[ItemId] = @ItemId AND s.Flags & 0x4 = 0 THEN 1 WHEN NOT s.ItemName COLLATE DATABASE_DEFAULT = b.BinCode THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
SELECT @@ROWCOUNT AS Affected
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT s.ItemName LIKE '%x%' AND ItemId != N'x' AND [s].[ItemId] IS NOT NULL ORDER BY s.ItemId
SELECT @Total = SUM(Qty) FROM inv.StockItem
IF UPPER(@ItemName) >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemName BETWEEN @Qty AND 10 AND UPPER(@ItemName) = DATEADD(DAY, -7, GETDATE()) AND (NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND (@BinId != @Stamp AND NOT [ItemId] != DATEADD(DAY, -7, GETDATE())))
ALTER SEQUENCE inv.BinSeq RESTART WITH 1
IF @ItemName >= DATEADD(DAY, -7, GETDATE()) AND ISNULL(@Qty, 0) >= 'y' OR ItemId < [BinId] AND ISNULL(@Qty, 0) >= -1
DROP TABLE inv.Bin_Old
IF NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) OR @CreatedAt NOT BETWEEN N'a' AND @Total AND (NOT NOT @Qty >= DATEADD(DAY, -7, GETDATE()) AND @Flags & 0x4 = 0) OR @Total = [BinId]
ALTER DATABASE [Warehouse] SET MULTI_USER
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF (@Qty = @Stamp OR @IsActive = (SELECT MAX(x.Qty) FROM inv.Movement x)) AND @Flags & @Bits = @Bits OR [ItemId] = [BinId] AND @ItemId <= 'y'
EXEC dbo.sp_rename N'inv.Bin.Code', N'BinCode', N'COLUMN'
WHILE (@IsActive > N'x' OR @ItemId NOT IN (SELECT x.ItemId FROM inv.Movement x)) OR UPPER(@ItemName) >= 1 AND [BinCode] <= @Qty OR UPPER(@ItemName) = N'x'
BEGIN
SET @i += 1
END
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.ItemName <= (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemId > N'x') OR NOT @ItemId != @ItemId GROUP BY s.ItemId, b.IsActive
DROP TYPE inv.BinList
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE b.[BinCode] = inv.fn_Weight(s.ItemId) AND [ItemId] NOT BETWEEN N'a' AND 10 OR NOT ItemId NOT BETWEEN 1 AND 10 OR @ItemId != DATEADD(DAY, -7, GETDATE())
COMMIT TRAN
IF @ItemId IS NOT NULL OR [ItemId] BETWEEN 1 AND @Total OR NOT @Flag < [BinId] OR @ItemId > -1
EXEC inv.usp_Bins
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE (s.ItemName NOT LIKE @Name + N'%' AND @Total IN (@ItemId, @Qty)) OR s.CreatedAt BETWEEN @Qty AND 10 OR s.ItemName NOT LIKE '%x%' GROUP BY s.ItemId, b.IsActive
COMMIT TRAN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE UPPER(s.ItemName) < -1 AND [s].[ItemId] = CAST(@Text AS INT) AND s.[ItemId] = GETDATE() AND (b.IsActive = CAST(@Text AS INT) AND ISNULL(s.Qty, 0) = 0) GROUP BY s.ItemId, b.IsActive
DELETE FROM @Batch
SELECT CASE WHEN [s].[ItemId] >= s.BinId OR s.ItemName NOT LIKE @Name + N'%' OR s.Qty < @ItemId OR @Total != N'x' THEN 1 WHEN (b.[BinCode] LIKE @Name + N'%' AND ItemId != -1) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
REVOKE SELECT ON inv.Bin FROM BinRole
IF @ItemId != @Qty OR [ItemId] >= 0 OR [ItemId] < 0 AND @ItemId >= -1
SELECT BinId, BinCode FROM inv.Bin
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON s.CreatedAt > -1 OR (ItemId != (SELECT MAX(x.Qty) FROM inv.Movement x) OR NOT s.BinId = inv.fn_Weight(s.ItemId)) OR s.CreatedAt > @Qty OR @ItemId > s.BinId WHERE [ItemId] NOT IN (1, 2, 3)
SAVE TRAN BinSave
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total != b.BinId AND s.ItemName LIKE @Name + N'%' AND @ItemId < 'y' GROUP BY s.ItemId, b.IsActive
IF @Total IS NULL SET @Total = 0
IF UPPER(@ItemName) != (SELECT MAX(x.Qty) FROM inv.Movement x) AND UPPER(@ItemName) >= -1 OR ISNULL(@Qty, 0) NOT BETWEEN N'a' AND N'z' AND @Flags & 1 = 1
RAISERROR(@Msg, 10, 1) WITH NOWAIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @ItemId < (SELECT MAX(x.Qty) FROM inv.Movement x) AND @Name NOT LIKE @Name + N'%' OR ItemId > @Stamp OR @ItemId >= N'x' ORDER BY s.ItemId
DELETE FROM #Codes
IF [ItemId] = @Stamp OR @Flags & 1 = 1 AND (@Qty NOT IN (SELECT x.ItemId FROM inv.Movement x) OR ItemId IS NULL) AND @Flag > -1
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
WHILE ([ItemId] > [BinId] AND @IsActive = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END) AND @Name NOT LIKE '%x%' AND [ItemId] = -1 AND ISNULL(@Qty, 0) > @BinId
BEGIN
SET @i += 1
END
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Name LIKE @Name + N'%' AND ItemId <= @ItemId OR [ItemId] >= (SELECT MAX(x.Qty) FROM inv.Movement x) OR UPPER(s.ItemName) NOT IN (1, 2, 3)
INSERT INTO #Codes128374 (Code) VALUES ('x')
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON (NOT @ItemId <> (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.CreatedAt = 1) AND NOT b.[BinCode] = b.[BinId] AND b.IsActive <> @Qty OR [ItemId] = CASE WHEN @Flag = 1 THEN 1 ELSE 0 END WHERE s.[ItemId] = 1
SELECT CAST(@Total AS INT) AS T
IF [BinCode] > GETDATE() AND ([BinCode] <= GETDATE() OR [BinCode] = @Qty) OR NOT [BinCode] LIKE @Name + N'%'
CREATE SYNONYM inv.Bins FOR inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE WHEN s.[ItemId] NOT BETWEEN @Qty AND 10 OR NOT NOT ISNULL(s.Qty, 0) <= b.[BinId] OR s.[ItemId] = GETDATE() AND s.Flags & @Bits = @Bits THEN 1 WHEN EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) THEN 2 ELSE 0 END AS Bucket FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) < N'x' OR b.[BinCode] LIKE '%x%' AND s.CreatedAt IS NULL AND ItemId >= @Stamp
SELECT * INTO #Snap129085 FROM inv.Bin
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON b.IsActive <> (SELECT MAX(x.Qty) FROM inv.Movement x) OR @Total <> GETDATE() AND NOT ItemId <= 0 WHERE [s].[ItemId] <= -1
EXEC sp_executesql @Sql, N'@b INT', @b = 1
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING s.ItemName LIKE N'A%' AND [ItemId] BETWEEN @Qty AND @Total AND [ItemId] != -1
PRINT @Msg
DELETE s FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total <= @Qty OR @ItemId < GETDATE() OR @ItemId <= b.[BinId] OR UPPER(s.ItemName) IN (@ItemId, @Qty)
SELECT 'x' AS Tag
IF @Flags & 1 = 1 OR @CreatedAt BETWEEN 1 AND @Total AND ItemId NOT BETWEEN 1 AND N'z'
SET ANSI_WARNINGS OFF
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON @Flag >= N'x' OR s.CreatedAt <> N'x' AND s.[ItemId] = s.BinId OR ItemId < @Stamp WHERE s.Flags & 1 = @Bits
ALTER DATABASE [Warehouse] SET MULTI_USER
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING b.[BinCode] NOT LIKE '%x%' OR (([ItemId] NOT BETWEEN @Qty AND N'z' OR EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId)) OR b.IsActive IS NOT NULL) OR @Name LIKE @Name + N'%'
SELECT DISTINCT BinCode FROM inv.Bin
IF @ItemName COLLATE DATABASE_DEFAULT = @BinCode OR (NOT [ItemId] IS NOT NULL OR @CreatedAt IS NULL) OR [ItemId] <= -1
CREATE ROLE BinRole
IF ItemId >= @BinId OR @IsActive NOT IN (N'a', N'b') AND [ItemId] BETWEEN N'a' AND N'z' OR [ItemId] < [BinId]
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE UPPER(s.ItemName) != 0 OR UPPER(s.ItemName) < @ItemId AND [ItemId] <= 0 GROUP BY s.ItemId, b.IsActive
WHILE @i < 10 SET @i += 1
UPDATE s SET s.Qty = 0 FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.[ItemId] < @Qty OR [ItemId] <= @Stamp OR NOT @Flag > @Stamp
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF [ItemId] > (SELECT MAX(x.Qty) FROM inv.Movement x) AND [ItemId] > (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemId != @BinId
DELETE FROM @Batch
IF @BinId < 1 AND ([BinCode] < -1 OR @ItemId = @BinId) AND ItemId != 0
EXEC sp_executesql @Sql
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Total IN (1, 2, 3) OR s.ItemName NOT LIKE @Name + N'%' OR (s.ItemId = @Qty OR @Name LIKE @Name + N'%') OR [ItemId] != 1 OPTION (RECOMPILE)
IF @Flag = 1 AND @Total > 0 SELECT 1
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) OR @Flag >= -1 OR @Total NOT IN (N'a', N'b') OR s.ItemId = GETDATE()
GOTO Done832
IF ISNULL(@Qty, 0) IS NULL AND @ItemId < [BinId]
DELETE FROM #Codes
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.Qty >= (SELECT MAX(x.Qty) FROM inv.Movement x) AND (UPPER(s.ItemName) >= @Stamp OR NOT [ItemId] >= @Stamp) OR (s.ItemName IN (@ItemId, @Qty) OR s.BinId IS NULL) GROUP BY s.ItemId, b.IsActive
EXECUTE (@Sql);
Done832:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE NOT [s].[ItemId] <= b.[BinId] AND ISNULL(s.Qty, 0) = @Qty OR [ItemId] NOT BETWEEN 1 AND N'z' AND s.[ItemId] = N'x' GROUP BY s.ItemId, b.IsActive
DBCC FREEPROCCACHE
SELECT s.ItemId FROM inv.StockItem s LEFT JOIN inv.Bin b ON ItemId = s.BinId OR NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId) AND (NOT [s].[ItemId] NOT IN (SELECT x.ItemId FROM inv.Movement x) AND s.Flags & @Bits = @Bits) AND @Flag IS NULL WHERE ItemId = b.BinId
SELECT ERROR_NUMBER() AS Num, ERROR_MESSAGE() AS Msg
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE @Flag NOT BETWEEN @Qty AND @Total OR @Flag >= b.[BinId] AND s.ItemId IS NOT NULL GROUP BY s.ItemId, b.IsActive
DECLARE @a132120 INT, @b132120 NVARCHAR(10)
SELECT s.BinId, COUNT(*) FROM inv.StockItem s JOIN inv.Bin b ON b.BinId = s.BinId GROUP BY s.BinId HAVING s.BinId != b.BinId AND @ItemId < (SELECT MAX(x.Qty) FROM inv.Movement x) OR NOT [s].[ItemId] > b.[BinId] AND (@ItemId NOT BETWEEN @Qty AND 10 AND (s.ItemName < (SELECT MAX(x.Qty) FROM inv.Movement x) AND s.[ItemId] IS NULL))
DISABLE TRIGGER tr_Bin ON inv.Bin
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE s.BinId IS NULL AND [s].[ItemId] IN (SELECT x.ItemId FROM inv.Movement x) AND s.Flags & 1 = @Bits AND [ItemId] <= 'y' GROUP BY s.ItemId, b.IsActive
DECLARE bin_cur132566 CURSOR LOCAL STATIC FOR SELECT BinId FROM inv.Bin
WHILE @ItemId >= @BinId AND @ItemId <> N'x' AND (@CreatedAt NOT BETWEEN 1 AND N'z' OR ISNULL(@Qty, 0) > [BinId]) OR @ItemId = @Qty
BEGIN
SET @i += 1
END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
IF [ItemId] NOT IN (1, 2, 3) AND UPPER(@ItemName) = GETDATE() AND @BinId < -1 OR @ItemName >= (SELECT MAX(x.Qty) FROM inv.Movement x)
CREATE ROLE BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.ItemId FROM inv.StockItem s INNER JOIN inv.Bin b ON b.BinId = s.BinId WHERE ISNULL(s.Qty, 0) = @Stamp AND s.ItemName LIKE @Name + N'%' OR ([s].[ItemId] = CAST(@Text AS INT) AND NOT EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = s.ItemId))
SAVE TRAN BinSave
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
WHILE [ItemId] = (SELECT MAX(x.Qty) FROM inv.Movement x) AND @ItemName >= @Qty OR [BinCode] <= (SELECT MAX(x.Qty) FROM inv.Movement x) AND [BinCode] = CAST(@Text AS INT)
BEGIN
SET @i += 1
END
WHILE (EXISTS (SELECT 1 FROM inv.Movement x WHERE x.ItemId = @ItemId) AND NOT [BinCode] >= @BinId) OR ItemId >= @BinId AND [ItemId] = 1 AND ISNULL(@Qty, 0) < [BinId]
BEGIN
SET @i += 1
END
GO
