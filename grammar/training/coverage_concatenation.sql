-- Training input for the parser's prediction snapshot: string concatenation chains and arithmetic expression continuations.
-- Written for Preflight; not meant to be deployed.

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CONVERT(NVARCHAR(30), @Stamp, 126) + ISNULL(@Name, N'') + CAST(@Stamp AS VARCHAR(30)) + '[' AS Label, CAST(@@ROWCOUNT AS NVARCHAR(12)) + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END AS Other FROM inv.StockItem s
INSERT inv.Bin SELECT * FROM #Bins
SET @Sql = @Sql + N'' + SUBSTRING(@Name, 1, 2) + N'.' + N'BEGIN' + '.' + CHAR(FLOOR(65 + RAND() * 26))
RAISERROR (N'Bin %s', 16, 1, @Name)
SET @Text = ISNULL(SPACE(4) + @@SERVERNAME + N'(' + @Name + CHAR(10), @Text COLLATE Latin1_General_CI_AS + SCHEMA_NAME())
UPDATE @Batch SET Id = 0
SELECT (@Total * 100.0 / NULLIF(@Count, 0)) - inv.fn_Weight(@Id) / 0x0F / -1 - DATALENGTH(@Text) AS Amount FROM inv.StockItem s WHERE (@Count - 1) + ItemId > 1024 - @Bits
EXECUTE (@Sql)
SET @Text = CAST(@Stamp AS VARCHAR(30)) + (SELECT TOP (1) BinCode FROM inv.Bin) + SUBSTRING(@Name, 1, 2) + N'' + CAST(ERROR_LINE() AS VARCHAR(10)) + CONVERT(NVARCHAR(30), @Stamp, 126)
SET @Total = 1
SELECT @Msg = CAST(@Stamp AS VARCHAR(30)) + inv.fn_Label(@Id) + NCHAR(FLOOR(1070 + RAND() * 30))
RAISERROR(@Msg, 10, 1) WITH NOWAIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT N'(' + STR(@Total) + REPLICATE(N'-', 20) + @@SERVERNAME + @Text COLLATE Latin1_General_CI_AS + N'abc' AS Label, Note + RIGHT(@Name, 2) AS Other FROM inv.StockItem s
SET @Name = N'x'
SELECT SUM(s.Qty) * ROW_NUMBER() OVER (ORDER BY s.ItemId) % -1 * s.ItemId - LEN(@Name) * @Bits, ERROR_MESSAGE() + N'abc' FROM inv.StockItem s GROUP BY s.ItemId
EXEC (@Sql)
SELECT @i / LEN(@Name) - (@Total + 1) - FLOOR(RAND() * 10) / (@Total + 1) AS Amount FROM inv.StockItem s WHERE [Qty] + 100 > (@Total * 100.0 / NULLIF(@Count, 0)) - 0.5
DROP PROCEDURE IF EXISTS inv.usp_Old2
SELECT s.ItemId / DATEPART(HOUR, @Stamp), CONVERT(NVARCHAR(MAX), @Payload) + @Msg FROM inv.StockItem s GROUP BY s.ItemId
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
SET @Text = CONVERT(NVARCHAR(MAX), @Payload) + N'SELECT * FROM ' + CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END + ISNULL(@Name, N'') + ''''
SET @Total = @Total + 1
SET @Text = @Text COLLATE Latin1_General_CI_AS + (N'x' + @Name) + N'BEGIN' + CONVERT(VARCHAR(10), @Total) + CHAR(13) + CHAR(10)
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Text COLLATE Latin1_General_CI_AS + @Name + (SELECT TOP (1) BinCode FROM inv.Bin) + (SELECT TOP (1) BinCode FROM inv.Bin) + @Msg + ERROR_MESSAGE() AS Label, [s].[ItemName] + ItemName AS Other FROM inv.StockItem s
SELECT * FROM inv.Bin
SELECT CASE @Total WHEN 0 THEN 1 END / @Count * @Total % 7 + (SELECT COUNT(*) FROM inv.Bin) * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END % 10 AS Amount FROM inv.StockItem s WHERE @@ERROR + (@Total * 100.0 / NULLIF(@Count, 0)) > @Ratio - DATALENGTH(@Text)
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT 1024 % (SELECT MAX(Qty) FROM inv.StockItem) / @Ratio - LEN(@Name) | [Qty] / 100 AS Amount FROM inv.StockItem s WHERE 1.5 % 100.0 > CAST(@Text AS INT) / COALESCE(@Total, @Count, 0)
IF @Flag = 1 BEGIN PRINT 'on' END ELSE BEGIN PRINT 'off' END
SELECT ' AND ' + '.' + [s].[ItemName] + N')' + CAST(@Total AS NVARCHAR(10)) AS Label, CAST(@Stamp AS VARCHAR(30)) + REPLICATE(N'-', 20) AS Other FROM inv.StockItem s
SELECT BinId, BinCode FROM inv.Bin
SELECT CONVERT(VARCHAR(10), @Total) + ItemName + NCHAR(9) + s.[ItemName] AS Label, CAST(@Stamp AS VARCHAR(30)) + USER_NAME() AS Other FROM inv.StockItem s
UPDATE [inv].[Bin] SET [IsActive] = 1
SELECT @@ERROR % 1024 ^ FLOOR(RAND() * 10) % s.ItemId % FLOOR(RAND() * 10) AS Amount FROM inv.StockItem s WHERE 0.5 | ABS(@Total) > @@TRANCOUNT / inv.fn_Weight(@Id)
BEGIN SET @Total = 0 END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = ISNULL(RIGHT(@Name, 2) + @@SERVERNAME, CHAR(FLOOR(65 + RAND() * 26)) + NCHAR(9))
DROP TABLE inv.Bin_Old
SELECT @i | DATEDIFF(SECOND, @Stamp, GETDATE()) * 1 * (SELECT MAX(Qty) FROM inv.StockItem) + (@Count - 1) AS Amount FROM inv.StockItem s WHERE YEAR(@Stamp) - 0.5 > DATEDIFF(SECOND, @Stamp, GETDATE()) * CAST(@Text AS INT)
DECLARE bin_cur127057 CURSOR LOCAL STATIC FOR SELECT BinId FROM inv.Bin
SET @Total = NEXT VALUE FOR inv.BinSeq + FLOOR(RAND() * 10) / CASE @Total WHEN 0 THEN 1 END + (@Total * 100.0 / NULLIF(@Count, 0)) + @Total / @@SPID
INSERT inv.Bin SELECT * FROM #Bins
SELECT ABS(@Total) + ROUND(@Ratio, 2) % SQUARE(@i) * 1024 * 1024 - CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / @Bits AS Amount FROM inv.StockItem s WHERE DATEDIFF(SECOND, @Stamp, GETDATE()) * DATEPART(HOUR, @Stamp) > -@Total * @@ROWCOUNT
ROLLBACK
SELECT (@Count - 1) * ROWCOUNT_BIG() - 2 - DATEPART(HOUR, @Stamp) AS Amount FROM inv.StockItem s WHERE ERROR_NUMBER() % DATEDIFF(SECOND, @Stamp, GETDATE()) > CHECKSUM(@Name) * ABS(@Total)
IF @@ERROR <> 0 GOTO Failed261
SET @Text = CONCAT(inv.fn_Label(@Id) + CONCAT(@Name, N'x') + REPLACE(@Text, N'a', N'b') + @Text + N' WHERE ', N'END;' + REPLICATE(N'-', 20))
SET @Name = N'x';
Failed261:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT 100.0 / 1.5 * 10 + ItemId % (SELECT COUNT(*) FROM inv.Bin), N'EXEC ' + @Msg FROM inv.StockItem s GROUP BY s.ItemId
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
SELECT LOWER(@Text) + OBJECT_NAME(@Id) + USER_NAME() + [ItemName] AS Label, CHAR(10) + @Name AS Other FROM inv.StockItem s
SELECT TOP (1) BinId FROM inv.Bin
SELECT 1024 / (@Total + 1) / CASE @Total WHEN 0 THEN 1 END - @@TRANCOUNT + 100 AS Amount FROM inv.StockItem s WHERE DATALENGTH(@Text) & @Total > CAST(@Text AS INT) & DATEPART(HOUR, @Stamp)
SET NOCOUNT ON
SELECT IIF(@Flag = 1, 'a', 'b') + USER_NAME() + N'BEGIN' AS Label, @Text COLLATE Latin1_General_CI_AS + @Text COLLATE Latin1_General_CI_AS AS Other FROM inv.StockItem s
SELECT @Total = SUM(Qty) FROM inv.StockItem
SET @Text = CONCAT((SELECT TOP (1) BinCode FROM inv.Bin) + COALESCE(@Name, @Text, N'') + ERROR_MESSAGE(), N']' + N'SELECT * FROM ')
WHILE @i < 10 SET @i += 1
INSERT INTO #Log (Msg, Amount) VALUES (@Name + CAST(ERROR_LINE() AS VARCHAR(10)) + @Sql + CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END + STUFF(@Text, 1, 1, N'') + @Name, 1024 | NULLIF(@Count, 0) & SQUARE(@i) + @Bits * (@Count - 1) - (@Total * 100.0 / NULLIF(@Count, 0)))
DELETE FROM @Batch
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT N'SELECT * FROM ' + [ItemName] + N'.' + STR(@Total) + DB_NAME() AS Label, @Text COLLATE Latin1_General_CI_AS + USER_NAME() AS Other FROM inv.StockItem s
EXEC inv.usp_Bins
INSERT INTO #Log (Msg, Amount) VALUES (CAST(@Ratio AS NVARCHAR(30)) + REPLACE(@Text, N'a', N'b') + ERROR_MESSAGE() + '''' + CHAR(13), FLOOR(RAND() * 10) + DATEPART(HOUR, @Stamp) % 1.5 + (1 + @i) * (1 + @i))
OPEN bin_cur
SELECT (SELECT MAX(Qty) FROM inv.StockItem) / (SELECT COUNT(*) FROM inv.Bin) + NEXT VALUE FOR inv.BinSeq + DATEPART(HOUR, @Stamp) | @Total % 7 + $5.25, N'END;' + CAST(ERROR_LINE() AS VARCHAR(10)) FROM inv.StockItem s GROUP BY s.ItemId
EXEC sp_executesql @Sql, N'@b INT', @b = 1
SET @Text = RIGHT(@Name, 2) + CONVERT(NVARCHAR(MAX), @Payload) + NCHAR(FLOOR(1070 + RAND() * 30)) + @@SERVERNAME
IF @Total IS NULL SET @Total = 0
SELECT FORMAT(@Total, 'N0') + CAST(@Total AS NVARCHAR(10)) + LEFT(@Name, 3) AS Label, @Sql + N' WHERE ' AS Other FROM inv.StockItem s
ALTER DATABASE [Warehouse] SET MULTI_USER
SELECT FLOOR(RAND() * 10) | @Ratio - ISNULL(@Total, 0) / 0.5 * @i * 10 AS Amount FROM inv.StockItem s WHERE (@Count - 1) % 1024 * 1024 > 100.0 ^ 2
DROP PROCEDURE inv.usp_Old2
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Sql + CAST(@Ratio AS NVARCHAR(30)) + s.ItemName + CAST(@@ROWCOUNT AS NVARCHAR(12)) + @Text + CAST(@Ratio AS NVARCHAR(30)) AS Label, SPACE(4) + SUSER_SNAME() AS Other FROM inv.StockItem s
DROP PROCEDURE IF EXISTS inv.usp_Old2
SET @Text = ISNULL(CHAR(10) + (SELECT TOP (1) BinCode FROM inv.Bin) + N'END;', inv.fn_Label(@Id) + SUSER_SNAME())
EXECUTE [inv].[usp_Bins] @BinId = 1
INSERT INTO #Log (Msg, Amount) VALUES (N'END;' + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + CAST(@@ROWCOUNT AS NVARCHAR(12)) + N'END;', @@SPID + 0 / @Ratio | (@Count - 1))
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT CAST(@Text AS INT) - (SELECT MAX(Qty) FROM inv.StockItem) % (@Total + 1) + Qty - 1024 AS Amount FROM inv.StockItem s WHERE (1 + @i) % 0 > CONVERT(INT, @Text) / $5.25
ALTER TABLE inv.Bin WITH CHECK ADD CONSTRAINT CK_Bin CHECK (BinId > 0)
SET @Total = -@Total + @Bits
INSERT INTO #Codes124202 EXEC inv.usp_Codes
SELECT ItemId ^ @Ratio % CASE @Total WHEN 0 THEN 1 END + 1.5 / (@Total + 1), RIGHT(@Name, 2) + CONVERT(VARCHAR(10), @Total) FROM inv.StockItem s GROUP BY s.ItemId
DROP PROCEDURE IF EXISTS inv.usp_Old2
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = 1.5 * 10 - ABS(@Total)
CREATE TABLE #Codes123739 (Code NVARCHAR(20))
RAISERROR(N'SELECT * FROM ' + N'abc', 16, 1)
RAISERROR('x', 16, 1)
SET @Total = 0x0F & @Bits / @Count
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SET @Total = NULLIF(@Count, 0) * NULLIF(@Count, 0) + @@SPID % 1024 * 1024 - (@Count - 1)
SET @Stamp = GETDATE()
SELECT DATEDIFF(DAY, @Cutoff, @Stamp) / $5.25 % @@TRANCOUNT + (@Total + 1) - DATEDIFF(DAY, @Cutoff, @Stamp) AS Amount FROM inv.StockItem s WHERE (@Total + 1) * DATALENGTH(@Text) > @Ratio - YEAR(@Stamp)
WAITFOR DELAY @Delay
SELECT CONVERT(INT, @Text) - Qty - 1024 * 1024 & @Total % 7 / SQUARE(@i) AS Amount FROM inv.StockItem s WHERE ROUND(@Ratio, 2) / (1 + @i) > -@Total + -@Total
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CONCAT(@Name, N'x') + Note + N', ' + CONVERT(VARCHAR(10), @Total) + ' AND ' AS Label, '.' + s.Note AS Other FROM inv.StockItem s
IF @Total IS NULL SET @Total = 0
SELECT '[' + N', ' + (SELECT TOP (1) BinCode FROM inv.Bin) AS Label, N'(' + CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END AS Other FROM inv.StockItem s
COMMIT
SELECT 2 / ~@Bits / COUNT(*) % SUM(s.Qty) + MAX(s.Qty) % s.ItemId, '''' + N'BEGIN' FROM inv.StockItem s GROUP BY s.ItemId
EXEC sp_executesql @Sql
SET @Text = LEFT(@Name, 3) + (SELECT TOP (1) BinCode FROM inv.Bin) + SUSER_SNAME() + ISNULL(@Name, N'') + ' AND ' + USER_NAME()
TRUNCATE TABLE inv.Bin_Old
SELECT N'END;' + inv.fn_Label(@Id) + @Text + N'' + SCHEMA_NAME() + '.' AS Label, TRY_CAST(@Total AS NVARCHAR(10)) + NCHAR(9) AS Other FROM inv.StockItem s
OPEN bin_cur
SELECT ~@Bits - ~@Bits * @@ERROR / FLOOR(RAND() * 10) * CAST(@Text AS INT) + (1 + @i), 'x' + FORMAT(@Total, 'N0') FROM inv.StockItem s GROUP BY s.ItemId
SELECT * INTO #Snap127652 FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT (@Count - 1) + s.[Qty] / @@SPID + DATEPART(HOUR, @Stamp) + 1024, DB_NAME() + TRY_CAST(@Total AS NVARCHAR(10)) FROM inv.StockItem s GROUP BY s.ItemId
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
SELECT NCHAR(FLOOR(1070 + RAND() * 30)) + LOWER(@Text) + N'INSERT INTO ' AS Label, (SELECT TOP (1) BinCode FROM inv.Bin) + N')' AS Other FROM inv.StockItem s
PRINT 'x'
SELECT Qty * CONVERT(INT, @Text) % 100 / 1e3 AS Amount FROM inv.StockItem s WHERE s.ItemId + ROUND(@Ratio, 2) > 2 % ERROR_NUMBER()
IF @@TRANCOUNT > 0 ROLLBACK TRAN
SELECT FLOOR(RAND() * 10) - CASE WHEN @Flag = 1 THEN 1 ELSE 0 END ^ SQUARE(@i) * (SELECT COUNT(*) FROM inv.Bin) - ItemId AS Amount FROM inv.StockItem s WHERE (SELECT MAX(Qty) FROM inv.StockItem) + 100 > CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / 1.5
UPDATE [inv].[Bin] SET [IsActive] = 1
SELECT CONVERT(INT, @Text) / 10 - 100 % CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / 1.5 AS Amount FROM inv.StockItem s WHERE @i / POWER(2, @i) > FLOOR(RAND() * 10) / 0.5
GOTO Done297
SELECT ABS(@Total) + @Bits * NEXT VALUE FOR inv.BinSeq * 0 / SQUARE(@i) AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) * 1 > FLOOR(RAND() * 10) / ROWCOUNT_BIG()
DECLARE @a126703 TABLE (Id INT);
Done297:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = COALESCE(N' WHERE ' + '' + RIGHT(@Name, 2) + N', ' + LOWER(@Text) + ERROR_MESSAGE(), @Msg + @@SERVERNAME)
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SELECT 1 * @i / ISNULL(@Total, 0) - @@ROWCOUNT - POWER(2, @i) AS Amount FROM inv.StockItem s WHERE CEILING(@Ratio) - DATALENGTH(@Text) > @Total % 7 | ~@Bits
SELECT @Name = N'x'
SELECT ROWCOUNT_BIG() * 1, LTRIM(RTRIM(@Name)) + STUFF(@Text, 1, 1, N'') FROM inv.StockItem s GROUP BY s.ItemId
SELECT BinId, BinCode FROM inv.Bin
SELECT s.[Qty] ^ @Bits - ~@Bits / @@ROWCOUNT - 2, LTRIM(RTRIM(@Name)) + CAST(@Ratio AS NVARCHAR(30)) FROM inv.StockItem s GROUP BY s.ItemId
REVOKE SELECT ON inv.Bin FROM BinRole
SET @Total = SQUARE(@i) - ROWCOUNT_BIG() + @Bits
SET @Total += 1
SET @Text = CONCAT(CHAR(13) + TRY_CAST(@Total AS NVARCHAR(10)) + @Text COLLATE Latin1_General_CI_AS, COALESCE(@Name, @Text, N'') + N'EXEC ')
DROP TYPE inv.BinList
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Log (Msg, Amount) VALUES (@Msg + SCHEMA_NAME() + N'INSERT INTO ' + CHAR(13) + CHAR(10) + STR(@Total) + @Msg, @@ERROR % @Count % @Total % 7 % @Bits / 100.0 + FLOOR(RAND() * 10))
DENY UPDATE ON inv.Bin TO BinRole
SELECT Qty / CAST(@Total AS BIGINT) + (SELECT COUNT(*) FROM inv.Bin), N' WHERE ' + @Text COLLATE Latin1_General_CI_AS FROM inv.StockItem s GROUP BY s.ItemId
DROP TABLE inv.Bin_Old
SELECT ISNULL(@Total, 0) / s.[Qty] + (SELECT MAX(Qty) FROM inv.StockItem) + -1 + s.[Qty] AS Amount FROM inv.StockItem s WHERE LEN(@Name) + (@Total + 1) > CAST(@Text AS INT) * @Total
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
SELECT 0 + 1 * Qty / (1 + @i) * 0.5 AS Amount FROM inv.StockItem s WHERE 2 / (SELECT MAX(Qty) FROM inv.StockItem) > CAST(@Total AS BIGINT) + CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
EXEC msdb.dbo.sp_delete_job @job_name = N'Old'
SELECT 100 ^ @Ratio * (@Total + 1) % s.[Qty] + (1 + @i) AS Amount FROM inv.StockItem s WHERE CEILING(@Ratio) - CEILING(@Ratio) > 0 / 1024
DELETE inv.Bin WHERE IsActive = 0
SELECT @@ERROR / ERROR_NUMBER() / (SELECT MAX(Qty) FROM inv.StockItem) / (1 + @i) / FLOOR(RAND() * 10), CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END + '' FROM inv.StockItem s GROUP BY s.ItemId
DROP VIEW inv.vw_Old2
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
PRINT N']' + @Text
RAISERROR (N'Bin %s', 16, 1, @Name)
SELECT (@Total * 100.0 / NULLIF(@Count, 0)) + @Ratio, N'.' + LEFT(@Name, 3) FROM inv.StockItem s GROUP BY s.ItemId
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
SELECT 'x' + SUBSTRING(@Name, 1, 2) + N'EXEC ' + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + N']' + '' AS Label, @Text COLLATE Latin1_General_CI_AS + CAST(@Stamp AS VARCHAR(30)) AS Other FROM inv.StockItem s
SELECT GETDATE() AS Now
SELECT CEILING(@Ratio) % 100 * @@ERROR - 1.5 + CASE WHEN @Flag = 1 THEN 1 ELSE 0 END + 1.5 AS Amount FROM inv.StockItem s WHERE DATEDIFF(SECOND, @Stamp, GETDATE()) % 2 > (SELECT COUNT(*) FROM inv.Bin) / ~@Bits
DELETE FROM inv.Bin WHERE BinId = @BinId
SELECT CAST(@Text AS INT) ^ @Bits, 'x' + N', ' FROM inv.StockItem s GROUP BY s.ItemId
DECLARE @a125419 INT = 1
SELECT CAST(@Text AS INT) / DATEPART(HOUR, @Stamp), TRY_CAST(@Total AS NVARCHAR(10)) + inv.fn_Label(@Id) FROM inv.StockItem s GROUP BY s.ItemId
SELECT b.BinId FROM inv.Bin b
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT (SELECT COUNT(*) FROM inv.Bin) - 1e3 * 1024 + [Qty] * (SELECT COUNT(*) FROM inv.Bin) & (@Count - 1), N'.' + UPPER(@Name) FROM inv.StockItem s GROUP BY s.ItemId
BEGIN SET @Total = 0 END
SELECT 1024 * 1024 / ROWCOUNT_BIG() ^ @Bits - @@ROWCOUNT - @@TRANCOUNT AS Amount FROM inv.StockItem s WHERE CASE @Total WHEN 0 THEN 1 END + DATEDIFF(SECOND, @Stamp, GETDATE()) > 1024 % @i
SELECT * FROM inv.Bin
SET @Sql = @Sql + TRY_CAST(@Total AS NVARCHAR(10)) + @Name + OBJECT_NAME(@Id) + (SELECT TOP (1) BinCode FROM inv.Bin) + N'END;'
RAISERROR (N'Bin %s', 16, 1, @Name)
SELECT @Total % 7 % ~@Bits * COALESCE(@Total, @Count, 0) * ERROR_NUMBER() AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) & @Bits > 1 * (@Total * 100.0 / NULLIF(@Count, 0))
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
SELECT s.Qty * Qty + @Total / 0, OBJECT_NAME(@Id) + REPLACE(@Text, N'a', N'b') FROM inv.StockItem s GROUP BY s.ItemId
DENY UPDATE ON inv.Bin TO BinRole
SET @Sql = @Sql + CAST(@Ratio AS NVARCHAR(30)) + @Sql + CONVERT(NVARCHAR(30), @Stamp, 126) + CAST(@Total AS NVARCHAR(10)) + inv.fn_Label(@Id) + ''''
EXEC sp_executesql @Sql, N'@b INT', @b = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CAST(@Text AS INT) + 100 - FLOOR(RAND() * 10) % 1 * @@ERROR AS Amount FROM inv.StockItem s WHERE 100 % 1 > 1024 - 1024
CREATE SYNONYM inv.Bins FOR inv.Bin
SET @Total = 1.5 - (1 + @i) % 1024 + 1024 * 1024 % ROWCOUNT_BIG()
COMMIT TRANSACTION
SELECT $5.25 % @@ROWCOUNT % s.ItemId * CONVERT(INT, @Text) - @@ROWCOUNT % YEAR(@Stamp) AS Amount FROM inv.StockItem s WHERE 1024 - 100.0 > $5.25 % ~@Bits
SELECT BinId, BinCode FROM inv.Bin
SELECT @Bits % CASE @Total WHEN 0 THEN 1 END + COUNT(DISTINCT s.BinId) - @Bits * COUNT(*) - @Total, CONCAT(@Name, N'x') + ERROR_MESSAGE() FROM inv.StockItem s GROUP BY s.ItemId
DROP FUNCTION inv.fn_Old2
INSERT INTO #Log (Msg, Amount) VALUES (LEFT(@Name, 3) + SUBSTRING(@Name, 1, 2) + DB_NAME(), @@SPID * (@Total + 1) - (@Total + 1))
SELECT 1 AS Ok
INSERT INTO #Log (Msg, Amount) VALUES (@Text COLLATE Latin1_General_CI_AS + STR(@Total) + COALESCE(@Name, @Text, N'') + DB_NAME() + @Text COLLATE Latin1_General_CI_AS, @@ROWCOUNT | @Bits % inv.fn_Weight(@Id) % 0 / @Ratio)
SET ANSI_WARNINGS OFF
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT ERROR_NUMBER() * 0x0F * Qty / ROWCOUNT_BIG() / DATEDIFF(SECOND, @Stamp, GETDATE()) | CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) - 1 > @i ^ 0
SELECT N'x'
SELECT s.ItemId % (@Count - 1) / (SELECT MAX(Qty) FROM inv.StockItem) * ROUND(@Ratio, 2) * AVG(s.Qty * 1.0), CONVERT(NVARCHAR(MAX), @Payload) + NCHAR(9) FROM inv.StockItem s GROUP BY s.ItemId
EXEC msdb.dbo.sp_delete_job @job_name = N'Old'
SET @Total = @i * @Ratio / 10 / CHECKSUM(@Name) % @Bits % @Total
SET XACT_ABORT ON
SET @Text = CONCAT(CONVERT(NVARCHAR(MAX), @Payload) + (SELECT TOP (1) BinCode FROM inv.Bin) + N' WHERE ' + N'EXEC ' + @Text COLLATE Latin1_General_CI_AS, N'abc' + LOWER(@Text))
SELECT BinId, BinCode FROM inv.Bin
SELECT (SELECT TOP (1) BinCode FROM inv.Bin) + '.' + @Name + @Sql + CHAR(13) + CHAR(10) AS Label, N'BEGIN' + '' AS Other FROM inv.StockItem s
CREATE TABLE #Codes127976 (Code NVARCHAR(20))
SET @Total = $5.25 ^ CASE WHEN @Flag = 1 THEN 1 ELSE 0 END & @Bits * 100 / 0 - @@TRANCOUNT
UPDATE #Codes SET Code = N'' WHERE Code IS NULL
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = N'(' + LEFT(@Name, 3) + (SELECT TOP (1) BinCode FROM inv.Bin) + N'SELECT * FROM ' + ISNULL(@Name, N'') + N'BEGIN'
EXECUTE (@Sql)
INSERT INTO #Log (Msg, Amount) VALUES (ISNULL(@Name, N'') + inv.fn_Label(@Id), YEAR(@Stamp) + 2)
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
SELECT ROWCOUNT_BIG() % [Qty] - DATEDIFF(DAY, @Cutoff, @Stamp) + (@Count - 1) - ~@Bits * 100.0, CHAR(FLOOR(65 + RAND() * 26)) + SCHEMA_NAME() FROM inv.StockItem s GROUP BY s.ItemId
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SET @Total = SQUARE(@i) - POWER(2, @i) + ISNULL(@Total, 0) ^ 1024 * 1024 & @@TRANCOUNT
DECLARE bin_cur124831 CURSOR FOR SELECT BinId FROM inv.Bin
SELECT CONVERT(INT, @Text) | POWER(2, @i) * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END % [Qty] * FLOOR(RAND() * 10) AS Amount FROM inv.StockItem s WHERE 1024 * 1024 - 1e3 > CASE WHEN @Flag = 1 THEN 1 ELSE 0 END + @Bits
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
SELECT @@TRANCOUNT + ROUND(@Ratio, 2) / DATEPART(HOUR, @Stamp) % CEILING(@Ratio) % -@Total / 100.0, DB_NAME() + CHAR(13) FROM inv.StockItem s GROUP BY s.ItemId
EXEC [inv].[usp_Bins]
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT AVG(s.Qty * 1.0) * @Count & 1024 * 1024, N' WHERE ' + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) FROM inv.StockItem s GROUP BY s.ItemId
ROLLBACK TRAN
SELECT YEAR(@Stamp) / @Bits + DATEPART(HOUR, @Stamp) + CAST(@Total AS BIGINT) / 0x0F / @Total % 7 AS Amount FROM inv.StockItem s WHERE 2 - (@Count - 1) > (@Count - 1) % NULLIF(@Count, 0)
CREATE USER BinReader WITHOUT LOGIN
SELECT CONVERT(INT, @Text) - 100.0 + SQUARE(@i) % (@Total * 100.0 / NULLIF(@Count, 0)) AS Amount FROM inv.StockItem s WHERE 10 - FLOOR(RAND() * 10) > ROUND(@Ratio, 2) - DATEPART(HOUR, @Stamp)
CLOSE bin_cur
PRINT STUFF(@Text, 1, 1, N'') + LEFT(@Name, 3) + FORMAT(@Total, 'N0') + N'EXEC ' + @Text COLLATE Latin1_General_CI_AS
SET @Total = (SELECT COUNT(*) FROM inv.Bin)
SELECT 100 - 10 + 1 * DATEPART(HOUR, @Stamp) AS Amount FROM inv.StockItem s WHERE ROUND(@Ratio, 2) * 0.5 > (SELECT MAX(Qty) FROM inv.StockItem) - @Total
SET XACT_ABORT ON
SELECT ItemId & @@SPID - s.Qty * 100.0 - @Total % 7 % $5.25, REPLACE(@Text, N'a', N'b') + COALESCE(@Name, @Text, N'') FROM inv.StockItem s GROUP BY s.ItemId
DISABLE TRIGGER tr_Bin ON inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT Qty - FLOOR(RAND() * 10) ^ @@ROWCOUNT / @@SPID & @Bits, DATENAME(MONTH, @Stamp) + NCHAR(9) FROM inv.StockItem s GROUP BY s.ItemId
EXEC Warehouse.inv.usp_Bins
SET @Total = CAST(@Text AS INT) + CAST(@Text AS INT) / (SELECT MAX(Qty) FROM inv.StockItem) / CAST(@Total AS BIGINT) - 0x0F - DATEPART(HOUR, @Stamp)
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
SET @Total = ABS(@Total) - @Ratio - 1e3 - (SELECT MAX(Qty) FROM inv.StockItem)
SELECT TOP (1) BinId FROM inv.Bin
SET @Text = TRY_CAST(@Total AS NVARCHAR(10)) + CHAR(13) + CAST(@Total AS NVARCHAR(10)) + N'SELECT * FROM ' + 'x'
SET IDENTITY_INSERT inv.Bin ON
SELECT ERROR_NUMBER() % ~@Bits * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / 100, N'.' + FORMAT(@Total, 'N0') FROM inv.StockItem s GROUP BY s.ItemId
BEGIN TRANSACTION
SET @Text = '' + '' + REPLICATE(N'-', 20) + @Msg
INSERT inv.Bin (BinCode) VALUES ('A2')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT s.Qty ^ @Bits / (@Total * 100.0 / NULLIF(@Count, 0)) % @Total AS Amount FROM inv.StockItem s WHERE LEN(@Name) / ItemId > CASE @Total WHEN 0 THEN 1 END / @@TRANCOUNT
SET @Name = N'x'
SELECT (SELECT COUNT(*) FROM inv.Bin) - Qty & YEAR(@Stamp) | @@ROWCOUNT | 0 AS Amount FROM inv.StockItem s WHERE YEAR(@Stamp) * CAST(@Text AS INT) > ROWCOUNT_BIG() * inv.fn_Weight(@Id)
COMMIT
SET @Total = 1024 * 1024 + 10 / 0 * ISNULL(@Total, 0) % (@Total * 100.0 / NULLIF(@Count, 0))
DELETE FROM @Batch
RAISERROR(CONCAT(@Name, N'x') + (N'x' + @Name) + CONVERT(VARCHAR(10), @Total) + @Text COLLATE Latin1_General_CI_AS, 16, 1)
INSERT inv.Bin (BinCode) VALUES ('A2')
SELECT Qty ^ @@ROWCOUNT / COALESCE(@Total, @Count, 0) - 100.0 * 10 AS Amount FROM inv.StockItem s WHERE FLOOR(RAND() * 10) / Qty > 1024 | @Bits
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
SET @Total = (@Count - 1) & 10 + (1 + @i) | @@ROWCOUNT - @Ratio / DATEDIFF(DAY, @Cutoff, @Stamp)
DECLARE @a125651 AS DATETIME2 = SYSDATETIME()
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CAST(@Text AS INT) ^ @Bits * (SELECT MAX(Qty) FROM inv.StockItem) + 10 * @Count AS Amount FROM inv.StockItem s WHERE 1024 * 1024 + @@SPID > 1024 * 1024 | (1 + @i)
ENABLE TRIGGER ALL ON inv.Bin
SELECT COALESCE(@Total, @Count, 0) * CEILING(@Ratio) % CAST(@Total AS BIGINT) % COUNT(*) * CASE @Total WHEN 0 THEN 1 END + 0, N'BEGIN' + CONVERT(NVARCHAR(MAX), @Payload) FROM inv.StockItem s GROUP BY s.ItemId
CREATE SYNONYM inv.Bins FOR inv.Bin
SELECT 100 * 1e3 + 1.5 | (@Total + 1) - @@TRANCOUNT, @Msg + ISNULL(@Name, N'') FROM inv.StockItem s GROUP BY s.ItemId
EXEC ('SELECT 1')
SELECT @@ROWCOUNT + COUNT(*) / 1 - LEN(@Name) % 100, SUBSTRING(@Name, 1, 2) + IIF(@Flag = 1, 'a', 'b') FROM inv.StockItem s GROUP BY s.ItemId
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
SELECT @Msg + CAST(ERROR_LINE() AS VARCHAR(10)) + Note + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END AS Label, UPPER(@Name) + [ItemName] AS Other FROM inv.StockItem s
UPDATE inv.Bin SET IsActive = 1 WHERE BinId = @BinId
SET @Total = ~@Bits * 1.5 * 0 ^ @Bits
EXEC ('SELECT 1')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Msg = @Text COLLATE Latin1_General_CI_AS + '.' + @Sql + LEFT(@Name, 3) + '.'
CHECKPOINT
SET @Total = SQUARE(@i) / CHECKSUM(@Name) - 0x0F * 0.5 + FLOOR(RAND() * 10) / (1 + @i)
ALTER ROLE BinRole ADD MEMBER BinReader
SELECT $5.25 % 1 * @@TRANCOUNT * @Ratio * SQUARE(@i) / @Ratio AS Amount FROM inv.StockItem s WHERE ABS(@Total) / ROUND(@Ratio, 2) > DATEDIFF(SECOND, @Stamp, GETDATE()) % (@Count - 1)
DELETE TOP (5) FROM inv.Bin
SELECT s.ItemId - (SELECT COUNT(*) FROM inv.Bin) + CASE WHEN @Flag = 1 THEN 1 ELSE 0 END AS Amount FROM inv.StockItem s WHERE SQUARE(@i) / 1.5 > 2 | @Bits
EXECUTE [inv].[usp_Bins] @BinId = 1
SELECT s.ItemId % @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE @Total * @Ratio > $5.25 * 1e3
SET @Total = 1
SELECT @Msg = (SELECT TOP (1) BinCode FROM inv.Bin) + N'(' + (SELECT TOP (1) BinCode FROM inv.Bin) + DATENAME(MONTH, @Stamp) + CHAR(13) + CHAR(10) + N'INSERT INTO '
;WITH cte (Id) AS (SELECT 1) DELETE FROM inv.Bin WHERE BinId IN (SELECT Id FROM cte)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = 1024 * 1024 + @Ratio * @@TRANCOUNT / 1.5 + 0.5 / 100.0
DROP PROC inv.usp_Old2
SELECT QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + (SELECT TOP (1) BinCode FROM inv.Bin) + [ItemName] + [s].[ItemName] AS Label, '[' + Note AS Other FROM inv.StockItem s
DECLARE @a125338 AS DATETIME2 = SYSDATETIME()
SELECT N')' + [ItemName] + @Sql + [ItemName] + OBJECT_NAME(@Id) + N'.' AS Label, '.' + [ItemName] AS Other FROM inv.StockItem s
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
INSERT INTO #Log (Msg, Amount) VALUES (N')' + CHAR(FLOOR(65 + RAND() * 26)) + SPACE(4), DATALENGTH(@Text) + 2 - @i)
DROP INDEX IX_Bin ON inv.Bin
INSERT INTO #Log (Msg, Amount) VALUES ('x' + CHAR(13), NEXT VALUE FOR inv.BinSeq * 0)
SET @Stamp = GETDATE()
SET @Total = 1024 * 1024 + CHECKSUM(@Name) & @Bits + ~@Bits + FLOOR(RAND() * 10)
IF @Flag = 1 AND @Total > 0 SELECT 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Sql = @Sql + NCHAR(FLOOR(1070 + RAND() * 30)) + (SELECT TOP (1) BinCode FROM inv.Bin) + N'abc'
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SET @Text = ISNULL((N'x' + @Name) + @Text + CONVERT(NVARCHAR(MAX), @Payload) + REPLICATE(N'-', 20) + TRY_CAST(@Total AS NVARCHAR(10)), @Text + N'.')
EXEC inv.usp_Bins
SELECT (@Total + 1) - CAST(@Total AS BIGINT) ^ Qty | @Bits & @@SPID AS Amount FROM inv.StockItem s WHERE inv.fn_Weight(@Id) % 0 > NEXT VALUE FOR inv.BinSeq + 1024
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
SELECT NEXT VALUE FOR inv.BinSeq ^ @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE CASE WHEN @Flag = 1 THEN 1 ELSE 0 END - SQUARE(@i) > (1 + @i) + @Count
SELECT @@ROWCOUNT AS Affected
SET @Total = 100.0 + @@SPID
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
SELECT @Ratio & ROWCOUNT_BIG() - 0 ^ @Bits / @@SPID & POWER(2, @i) AS Amount FROM inv.StockItem s WHERE CASE WHEN @Flag = 1 THEN 1 ELSE 0 END & @Bits > POWER(2, @i) ^ @Total % 7
DROP TYPE inv.BinList
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT -@Total - @@SPID * (SELECT COUNT(*) FROM inv.Bin) / 1.5 | 10 ^ 0 AS Amount FROM inv.StockItem s WHERE ABS(@Total) % (@Total * 100.0 / NULLIF(@Count, 0)) > ROWCOUNT_BIG() | ~@Bits
DROP SYNONYM inv.Bins
INSERT INTO #Log (Msg, Amount) VALUES ('[' + NCHAR(9) + inv.fn_Label(@Id) + SUBSTRING(@Name, 1, 2) + N', ' + LEFT(@Name, 3), CASE WHEN @Flag = 1 THEN 1 ELSE 0 END | FLOOR(RAND() * 10) * CONVERT(INT, @Text) * 1.5 | @Bits + ~@Bits)
SELECT TOP (1) BinId FROM inv.Bin
SET @Text = CONCAT(FORMAT(@Total, 'N0') + ERROR_MESSAGE(), IIF(@Flag = 1, 'a', 'b') + N'.')
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
SELECT ItemId + @i % @i / @Total / CASE WHEN @Flag = 1 THEN 1 ELSE 0 END - YEAR(@Stamp) AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) - @i > 1e3 * 0
WAITFOR DELAY '00:00:05'
SELECT @Ratio / 1.5 & (1 + @i) % @Count - @Bits AS Amount FROM inv.StockItem s WHERE @Ratio ^ 0 > (SELECT MAX(Qty) FROM inv.StockItem) - @Total % 7
CREATE STATISTICS st_Bin ON inv.Bin (BinCode)
INSERT INTO #Log (Msg, Amount) VALUES ((N'x' + @Name) + '' + CAST(@@ROWCOUNT AS NVARCHAR(12)) + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + (N'x' + @Name) + REPLICATE(N'-', 20), 100.0 % CAST(@Text AS INT) - (1 + @i) | @Bits - 10 * (SELECT MAX(Qty) FROM inv.StockItem))
INSERT inv.Bin (BinCode) VALUES ('A2')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT 100 * 0x0F + 0x0F AS Amount FROM inv.StockItem s WHERE @Bits | @Bits > @Ratio - (SELECT MAX(Qty) FROM inv.StockItem)
BEGIN SET @Total = 0 END
SELECT 0.5 * NEXT VALUE FOR inv.BinSeq ^ @Bits + @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE LEN(@Name) + 0 > 10 % CASE @Total WHEN 0 THEN 1 END
EXEC [inv].[usp_Bins]
SET @Total = POWER(2, @i) / 10 | @Total % 7 * (@Total + 1)
PRINT N'Total: ' + CAST(@Total AS NVARCHAR(10))
SET @Total = 1024 * 1024 + CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / POWER(2, @i) % 1.5 % DATEDIFF(SECOND, @Stamp, GETDATE()) + 100.0
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
INSERT INTO #Log (Msg, Amount) VALUES (QUOTENAME(@Name) + N'(' + N'END;' + @Text COLLATE Latin1_General_CI_AS + N'INSERT INTO ', -@Total + 0.5 - 100.0 + (1 + @i) % CAST(@Text AS INT))
EXEC sp_executesql @Sql, N'@b INT', @b = 1
SET @Total = ISNULL(@Total, 0) % @Bits % (@Total + 1)
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = (SELECT TOP (1) BinCode FROM inv.Bin) + N''
DECLARE bin_cur125829 CURSOR FOR SELECT BinId FROM inv.Bin
INSERT INTO #Log (Msg, Amount) VALUES (CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END + IIF(@Flag = 1, 'a', 'b') + CAST(@@ROWCOUNT AS NVARCHAR(12)) + CAST(@Total AS NVARCHAR(10)) + SPACE(4), YEAR(@Stamp) * ~@Bits * 100.0 / (SELECT MAX(Qty) FROM inv.StockItem) * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END)
DROP TABLE #Codes
SELECT @@ROWCOUNT + s.Qty * ItemId * ISNULL(@Total, 0) / DATEPART(HOUR, @Stamp) * 100 AS Amount FROM inv.StockItem s WHERE 0x0F + 1024 * 1024 > 10 + LEN(@Name)
SELECT ISNULL(@Total, 0)
SELECT (@Total + 1) & CASE @Total WHEN 0 THEN 1 END + s.Qty AS Amount FROM inv.StockItem s WHERE ABS(@Total) / @i > (1 + @i) - ROUND(@Ratio, 2)
UPDATE STATISTICS inv.Bin
SELECT @@ROWCOUNT % s.ItemId % (@Total + 1) + 1e3 - COUNT(DISTINCT s.BinId), REPLICATE(N'-', 20) + CHAR(13) FROM inv.StockItem s GROUP BY s.ItemId
DBCC CHECKIDENT (N'inv.Bin', RESEED)
SELECT NULLIF(@Count, 0) & @@SPID * DATEPART(HOUR, @Stamp) % @@ROWCOUNT % 1e3 - CHECKSUM(@Name) AS Amount FROM inv.StockItem s WHERE (@Total + 1) ^ @Bits > POWER(2, @i) + @i
DECLARE @a128004 INT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT LEN(@Name) + inv.fn_Weight(@Id) - $5.25 * NULLIF(@Count, 0) % s.ItemId / CEILING(@Ratio) AS Amount FROM inv.StockItem s WHERE s.Qty / 0.5 > inv.fn_Weight(@Id) + 1024
DECLARE @a124300 AS DATETIME2 = SYSDATETIME()
SET @Total = CEILING(@Ratio) % 0x0F / DATALENGTH(@Text) % 0x0F - @Count
SET @Name = N'x'
SET @Total = CAST(@Total AS BIGINT) - (@Total + 1) / COALESCE(@Total, @Count, 0) / @@TRANCOUNT / (1 + @i)
INSERT INTO #Codes123771 (Code) VALUES ('x')
SELECT CASE @Total WHEN 0 THEN 1 END / s.ItemId / AVG(s.Qty * 1.0) % ROW_NUMBER() OVER (ORDER BY s.ItemId) * COUNT(DISTINCT s.BinId) % 0, N', ' + CAST(@Total AS NVARCHAR(10)) FROM inv.StockItem s GROUP BY s.ItemId
ROLLBACK TRAN
SELECT inv.fn_Weight(@Id) + -1 % 1024 / (@Total * 100.0 / NULLIF(@Count, 0)) AS Amount FROM inv.StockItem s WHERE @@TRANCOUNT + CASE WHEN @Flag = 1 THEN 1 ELSE 0 END > LEN(@Name) & NULLIF(@Count, 0)
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
SET @Text = CONCAT(QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + QUOTENAME(@Name, '''') + N'EXEC ', (SELECT TOP (1) BinCode FROM inv.Bin) + N'SELECT * FROM ')
SET @Total = @Total + 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Msg = STR(@Total) + N'.' + SCHEMA_NAME() + USER_NAME() + '[' + @Name
EXEC ('SELECT 1')
SELECT CASE @Total WHEN 0 THEN 1 END % ROWCOUNT_BIG() AS Amount FROM inv.StockItem s WHERE ROUND(@Ratio, 2) + (1 + @i) > (@Total * 100.0 / NULLIF(@Count, 0)) / 1024
IF @Flag = 1 BEGIN PRINT 'on' END ELSE BEGIN PRINT 'off' END
SELECT @Bits - s.ItemId | @Bits * @Ratio * CAST(@Text AS INT) AS Amount FROM inv.StockItem s WHERE @Ratio % CAST(@Text AS INT) > 0.5 - (1 + @i)
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
SELECT DATEDIFF(SECOND, @Stamp, GETDATE()) + 0 | FLOOR(RAND() * 10) & @i AS Amount FROM inv.StockItem s WHERE (1 + @i) ^ CASE @Total WHEN 0 THEN 1 END > (@Count - 1) ^ DATEDIFF(SECOND, @Stamp, GETDATE())
PRINT @Msg
SELECT s.[Qty] / @Count * s.ItemId % COALESCE(@Total, @Count, 0) * (@Total * 100.0 / NULLIF(@Count, 0)) % CONVERT(INT, @Text) AS Amount FROM inv.StockItem s WHERE ~@Bits + ItemId > (1 + @i) - CONVERT(INT, @Text)
SELECT Total = @Total
SELECT [Qty] % COUNT(*) + @@ERROR % DATEDIFF(SECOND, @Stamp, GETDATE()) + DATALENGTH(@Text) % @@SPID, N'BEGIN' + N'INSERT INTO ' FROM inv.StockItem s GROUP BY s.ItemId
DELETE FROM #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT Qty % 1024 * 1024 - 1.5 * @@ERROR / @Count AS Amount FROM inv.StockItem s WHERE @@SPID ^ @Bits > CASE @Total WHEN 0 THEN 1 END / 2
ROLLBACK TRANSACTION
SELECT @Count + ~@Bits + 1024 * 1024 / ItemId ^ -@Total AS Amount FROM inv.StockItem s WHERE @Ratio - 1024 > COALESCE(@Total, @Count, 0) ^ @Bits
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
SELECT CEILING(@Ratio) - Qty & (@Count - 1) - ERROR_NUMBER() - $5.25, '' + SPACE(4) FROM inv.StockItem s GROUP BY s.ItemId
SELECT N'x'
SET @Text = N']' + SPACE(4) + CONVERT(NVARCHAR(30), @Stamp, 126) + (SELECT TOP (1) BinCode FROM inv.Bin) + N'abc'
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SET @Sql = @Sql + @Msg + STR(@Total) + USER_NAME() + ' AND ' + (SELECT TOP (1) BinCode FROM inv.Bin) + @Text
EXEC inv.usp_Bins @BinId = 1
SELECT @@ROWCOUNT / 1.5 / CASE @Total WHEN 0 THEN 1 END, ' AND ' + N'.' FROM inv.StockItem s GROUP BY s.ItemId
SET ANSI_WARNINGS OFF
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Log (Msg, Amount) VALUES (@Msg + IIF(@Flag = 1, 'a', 'b') + USER_NAME() + SCHEMA_NAME() + STR(@Total) + CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END, @Ratio * DATEPART(HOUR, @Stamp) ^ 10 % (1 + @i) & @Bits * @Bits)
ALTER DATABASE [Warehouse] SET MULTI_USER
SELECT s.Qty ^ @@TRANCOUNT * CHECKSUM(@Name) ^ ERROR_NUMBER() + POWER(2, @i) AS Amount FROM inv.StockItem s WHERE DATALENGTH(@Text) * CEILING(@Ratio) > NULLIF(@Count, 0) * 2
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
INSERT INTO #Log (Msg, Amount) VALUES (UPPER(@Name) + N'SELECT * FROM ' + @@SERVERNAME + '.' + CONVERT(VARCHAR(10), @Total) + ISNULL(@Name, N''), @@ROWCOUNT * POWER(2, @i) - $5.25 - NEXT VALUE FOR inv.BinSeq % NEXT VALUE FOR inv.BinSeq / 1024)
BEGIN TRAN
SELECT 1024 * 1024 + FLOOR(RAND() * 10) / POWER(2, @i) / CONVERT(INT, @Text) + ItemId AS Amount FROM inv.StockItem s WHERE CONVERT(INT, @Text) * CONVERT(INT, @Text) > CAST(@Text AS INT) - -@Total
DECLARE @a124548 INT, @b124548 NVARCHAR(10)
SELECT (1 + @i) * ISNULL(@Total, 0) * @@TRANCOUNT ^ (@Count - 1) | @Bits * DATEDIFF(DAY, @Cutoff, @Stamp), COALESCE(@Name, @Text, N'') + N'.' FROM inv.StockItem s GROUP BY s.ItemId
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
SELECT CAST(@Text AS INT) - [Qty] * LEN(@Name) / @Bits * 1024 * 1024 - @@SPID AS Amount FROM inv.StockItem s WHERE 1e3 - s.[Qty] > inv.fn_Weight(@Id) / NULLIF(@Count, 0)
DELETE FROM @Batch
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @i & [Qty] | @@ROWCOUNT, N'' + (N'x' + @Name) FROM inv.StockItem s GROUP BY s.ItemId
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT [Qty] + @Bits * 1024 - CAST(@Text AS INT) AS Amount FROM inv.StockItem s WHERE 1024 * 1024 % CAST(@Total AS BIGINT) > (@Count - 1) ^ @Bits
SELECT CAST(@Total AS INT) AS T
SELECT 2 * ~@Bits - 100 / 100.0 + @Total % 7 + Qty AS Amount FROM inv.StockItem s WHERE @@SPID * ItemId > 1.5 - 10
SELECT DISTINCT BinCode FROM inv.Bin
SET @Total = @i & @Total * ~@Bits + 10 / (@Count - 1) - 10
SELECT GETDATE() AS Now
SELECT YEAR(@Stamp) % 0.5 & @Bits % @@TRANCOUNT % 1.5 & DATEPART(HOUR, @Stamp) AS Amount FROM inv.StockItem s WHERE DATEDIFF(DAY, @Cutoff, @Stamp) - 100 > ~@Bits & @@ROWCOUNT
RETURN
SELECT Qty + @@ERROR / 1024 * 1024 + -1 / 1.5 % @@SPID, CHAR(13) + CHAR(13) + CHAR(10) FROM inv.StockItem s GROUP BY s.ItemId
UPDATE inv.Bin SET IsActive = 1 WHERE BinId = @BinId
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Total % 7 ^ ~@Bits ^ NULLIF(@Count, 0) + @Total / ABS(@Total) AS Amount FROM inv.StockItem s WHERE (@Count - 1) ^ @Bits > CONVERT(INT, @Text) / @i
DELETE TOP (5) FROM inv.Bin
SELECT s.[Qty] ^ ~@Bits - (@Total + 1) & ABS(@Total) * ISNULL(@Total, 0) % $5.25 AS Amount FROM inv.StockItem s WHERE (@Count - 1) * 1 > 0x0F + @Total
SELECT TOP (1) BinId FROM inv.Bin
SELECT CASE WHEN @Flag = 1 THEN 1 ELSE 0 END & @@ERROR / ~@Bits % @Count / COALESCE(@Total, @Count, 0) / CASE @Total WHEN 0 THEN 1 END, QUOTENAME(@Name) + STUFF(@Text, 1, 1, N'') FROM inv.StockItem s GROUP BY s.ItemId
SET @Total = (SELECT COUNT(*) FROM inv.Bin)
SELECT @@ERROR * (SELECT COUNT(*) FROM inv.Bin) - @Bits + COALESCE(@Total, @Count, 0) / s.[Qty] / 0 AS Amount FROM inv.StockItem s WHERE -1 + 1 > CONVERT(INT, @Text) & (@Total + 1)
DROP PROCEDURE IF EXISTS inv.usp_Old2
SELECT [Qty] | @Bits / 2 % 100.0 AS Amount FROM inv.StockItem s WHERE NULLIF(@Count, 0) + DATEDIFF(SECOND, @Stamp, GETDATE()) > ABS(@Total) - 0.5
DECLARE @a127969 TABLE (Id INT)
SELECT FLOOR(RAND() * 10) ^ 0x0F + inv.fn_Weight(@Id) - 0.5 - 0.5, CONVERT(NVARCHAR(MAX), @Payload) + CHAR(10) FROM inv.StockItem s GROUP BY s.ItemId
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Text = '[' + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + (SELECT TOP (1) BinCode FROM inv.Bin) + N')' + CAST(@@ROWCOUNT AS NVARCHAR(12))
SET @Total = 1
SET @Total = POWER(2, @i) - CONVERT(INT, @Text) % ROUND(@Ratio, 2) * @Bits
SET @Total = 1
SELECT 100 % @@TRANCOUNT + [Qty] / 1e3 | @Count | @Bits AS Amount FROM inv.StockItem s WHERE 0.5 + POWER(2, @i) > ROWCOUNT_BIG() - CASE @Total WHEN 0 THEN 1 END
ROLLBACK TRAN
SET @Total = @Total % 7 % 1024 ^ @Bits % @Bits
DELETE FROM #Codes
SELECT CAST(@Text AS INT) - COALESCE(@Total, @Count, 0) - ItemId % 0x0F | 1024, N' WHERE ' + TRY_CAST(@Total AS NVARCHAR(10)) FROM inv.StockItem s GROUP BY s.ItemId
COMMIT TRANSACTION
SELECT 1e3 / @Ratio - [Qty] | SQUARE(@i) AS Amount FROM inv.StockItem s WHERE 100 | 1 > NEXT VALUE FOR inv.BinSeq - CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = @@ROWCOUNT & FLOOR(RAND() * 10) | @@ROWCOUNT / @Total % 7 + 100.0 - 1e3
COMMIT TRAN
SELECT (SELECT COUNT(*) FROM inv.Bin) & @Bits & -@Total - ROUND(@Ratio, 2) / DATALENGTH(@Text) & @Bits, N'' + TRY_CAST(@Total AS NVARCHAR(10)) FROM inv.StockItem s GROUP BY s.ItemId
IF @@ROWCOUNT = 0 RETURN
SELECT LEN(@Name) / Qty / (SELECT MAX(Qty) FROM inv.StockItem) % @Bits - $5.25 * @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE @Bits + ~@Bits > ABS(@Total) * DATALENGTH(@Text)
REVOKE SELECT ON inv.Bin FROM BinRole
SELECT @Ratio / @@TRANCOUNT ^ @Bits | ~@Bits - CEILING(@Ratio) * (1 + @i) AS Amount FROM inv.StockItem s WHERE 1e3 - (SELECT MAX(Qty) FROM inv.StockItem) > ROWCOUNT_BIG() / @@TRANCOUNT
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
SELECT @Ratio ^ @Bits & CASE WHEN @Flag = 1 THEN 1 ELSE 0 END & ROUND(@Ratio, 2) / YEAR(@Stamp) % -@Total AS Amount FROM inv.StockItem s WHERE $5.25 * 0.5 > 1e3 | @Total
ALTER TABLE inv.Bin DROP CONSTRAINT CK_Bin
SELECT CEILING(@Ratio) % ItemId + 100.0 - CEILING(@Ratio) % CHECKSUM(@Name) AS Amount FROM inv.StockItem s WHERE 100.0 % @Total > 0x0F | ~@Bits
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT (SELECT COUNT(*) FROM inv.Bin) - @@SPID ^ -@Total - DATEDIFF(DAY, @Cutoff, @Stamp) % 0x0F AS Amount FROM inv.StockItem s WHERE -@Total * $5.25 > ROWCOUNT_BIG() & @Bits
IF @Flag = 1 AND @Total > 0 SELECT 1
SET @Total = 2 * 1024 * 1024 + @@TRANCOUNT - 0.5 ^ @Bits ^ ~@Bits
WHILE 1 = 1 BEGIN BREAK END
SELECT (1 + @i) - 1e3 % DATALENGTH(@Text) % 1024, CONVERT(NVARCHAR(MAX), @Payload) + (SELECT TOP (1) BinCode FROM inv.Bin) FROM inv.StockItem s GROUP BY s.ItemId
CREATE SEQUENCE inv.BinSeq AS INT START WITH 1
INSERT INTO #Log (Msg, Amount) VALUES (ERROR_MESSAGE() + N'abc' + IIF(@Flag = 1, 'a', 'b') + LEFT(@Name, 3) + SCHEMA_NAME() + N'.', CAST(@Total AS BIGINT) % 1.5 - -@Total - (@Total * 100.0 / NULLIF(@Count, 0)) / (1 + @i) & 10)
EXEC @rc = inv.usp_Bins
SELECT (1 + @i) * Qty | @i / COUNT(*) / (1 + @i) + CAST(@Text AS INT), N' WHERE ' + CHAR(10) FROM inv.StockItem s GROUP BY s.ItemId
PRINT @Msg
SELECT 1024 * 1024 ^ (1 + @i) * (SELECT MAX(Qty) FROM inv.StockItem) + @Total * s.Qty, '''' + N']' FROM inv.StockItem s GROUP BY s.ItemId
SET @Total = @Total + 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT CASE @Total WHEN 0 THEN 1 END % Qty / 1e3 ^ @Bits & DATEDIFF(DAY, @Cutoff, @Stamp) | (1 + @i), LOWER(@Text) + N' WHERE ' FROM inv.StockItem s GROUP BY s.ItemId
EXECUTE inv.usp_Bins
SELECT CONVERT(INT, @Text) * @Total + @Bits - ~@Bits - CEILING(@Ratio) / (@Total + 1) AS Amount FROM inv.StockItem s WHERE ERROR_NUMBER() * ABS(@Total) > SQUARE(@i) ^ @Bits
FETCH NEXT FROM bin_cur INTO @BinId
SET @Total = ROUND(@Ratio, 2) / @@TRANCOUNT % (@Total + 1) | CASE @Total WHEN 0 THEN 1 END + COALESCE(@Total, @Count, 0) ^ @Bits
CREATE TABLE #Codes127876 (Code NVARCHAR(20))
SELECT @Total / 1024 - $5.25 + 1024 * 1024 | ROUND(@Ratio, 2) & 1 AS Amount FROM inv.StockItem s WHERE -@Total ^ @Bits > (@Total * 100.0 / NULLIF(@Count, 0)) + DATEDIFF(DAY, @Cutoff, @Stamp)
SELECT BinId, BinCode FROM inv.Bin
SELECT CAST(@Text AS INT) & 0 / 10 * (1 + @i) AS Amount FROM inv.StockItem s WHERE 1024 + s.ItemId > @Count | @Bits
SAVE TRAN BinSave
SELECT CAST(@Text AS INT) / $5.25 % (SELECT COUNT(*) FROM inv.Bin) % -1 * CAST(@Text AS INT), CAST(@Total AS NVARCHAR(10)) + ' AND ' FROM inv.StockItem s GROUP BY s.ItemId
ROLLBACK TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = 1024 * 1024 % @Count % CAST(@Total AS BIGINT) | @Bits
SELECT 'x' AS Tag
SELECT @Ratio - 100 / CAST(@Text AS INT) * ROUND(@Ratio, 2) * (SELECT COUNT(*) FROM inv.Bin) AS Amount FROM inv.StockItem s WHERE @@ROWCOUNT + -@Total > ABS(@Total) / @Total % 7
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
SELECT -@Total + 0.5 * 0 & @Bits + 0.5 / LEN(@Name) AS Amount FROM inv.StockItem s WHERE [Qty] / (SELECT MAX(Qty) FROM inv.StockItem) > 10 - @@ERROR
ROLLBACK TRAN
SELECT @i - (SELECT MAX(Qty) FROM inv.StockItem) / @Count - DATEPART(HOUR, @Stamp) & @Bits % 100.0 AS Amount FROM inv.StockItem s WHERE @Total / @Total % 7 > ROWCOUNT_BIG() & @Bits
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
SET @Total = CAST(@Total AS BIGINT) & @Bits ^ @Bits / CONVERT(INT, @Text) * 100.0
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT ItemId * NULLIF(@Count, 0) & 0x0F / (@Total + 1) % 2 AS Amount FROM inv.StockItem s WHERE (@Total + 1) % CASE @Total WHEN 0 THEN 1 END > (1 + @i) + $5.25
CLOSE bin_cur
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = CONVERT(INT, @Text) / @i / DATALENGTH(@Text) * 0x0F - (@Count - 1)
DROP PROCEDURE inv.usp_Old2
SELECT CASE @Total WHEN 0 THEN 1 END / ROWCOUNT_BIG() AS Amount FROM inv.StockItem s WHERE -1 ^ CAST(@Total AS BIGINT) > @Total / @i
DROP INDEX IX_Bin ON inv.Bin
SELECT 0x0F / [Qty] + 0 - CONVERT(INT, @Text) - 0 AS Amount FROM inv.StockItem s WHERE @Bits % ItemId > ~@Bits / CAST(@Text AS INT)
INSERT inv.Bin SELECT * FROM #Bins
SET @Total = ERROR_NUMBER() % ERROR_NUMBER() - -@Total / NEXT VALUE FOR inv.BinSeq / -@Total
SELECT COUNT(*) FROM inv.Bin
SELECT @Bits ^ [Qty] + 0.5 % @@ROWCOUNT % s.Qty + ItemId AS Amount FROM inv.StockItem s WHERE CASE @Total WHEN 0 THEN 1 END + 2 > DATEPART(HOUR, @Stamp) / 1.5
DROP TABLE #Codes
SELECT 100.0 | @Bits - 1 | 0x0F + CHECKSUM(@Name), CAST(@Ratio AS NVARCHAR(30)) + OBJECT_NAME(@Id) FROM inv.StockItem s GROUP BY s.ItemId
USE [Warehouse]
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT (@Count - 1) % Qty + @Bits, CAST(@@ROWCOUNT AS NVARCHAR(12)) + CHAR(13) + CHAR(10) FROM inv.StockItem s GROUP BY s.ItemId
CREATE TYPE inv.BinList AS TABLE (BinId INT)
SET @Total = NEXT VALUE FOR inv.BinSeq | (@Count - 1) / -@Total + $5.25 / 0
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SELECT @Ratio * 1 | 1 * YEAR(@Stamp) * DATEDIFF(SECOND, @Stamp, GETDATE()) AS Amount FROM inv.StockItem s WHERE (1 + @i) % (SELECT MAX(Qty) FROM inv.StockItem) > (SELECT COUNT(*) FROM inv.Bin) | 1024
PRINT 'x'
SELECT (SELECT COUNT(*) FROM inv.Bin) - -1 ^ @Bits, CHAR(13) + CHAR(10) + (SELECT TOP (1) BinCode FROM inv.Bin) FROM inv.StockItem s GROUP BY s.ItemId
SAVE TRAN BinSave
SET @Total = CASE @Total WHEN 0 THEN 1 END + DATEPART(HOUR, @Stamp) % @@ROWCOUNT ^ @Bits & -@Total ^ 0x0F
DROP FUNCTION inv.fn_Old2
SELECT 100 + @@TRANCOUNT ^ @Bits + COALESCE(@Total, @Count, 0) - 1024 AS Amount FROM inv.StockItem s WHERE DATEDIFF(DAY, @Cutoff, @Stamp) * Qty > @i | (1 + @i)
CHECKPOINT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = 1 / (@Total * 100.0 / NULLIF(@Count, 0)) & @Bits + -1 * @@ERROR + 1e3
INSERT inv.Bin SELECT * FROM #Bins
SELECT 0x0F / 1024 * 1024 + CONVERT(INT, @Text) / Qty, N']' + '[' FROM inv.StockItem s GROUP BY s.ItemId
CREATE USER BinReader WITHOUT LOGIN
SELECT N'END;' + CAST(@@ROWCOUNT AS NVARCHAR(12)) + NCHAR(9) + (SELECT TOP (1) BinCode FROM inv.Bin) + CAST(ERROR_LINE() AS VARCHAR(10)) + LOWER(@Text) AS Label, FORMAT(@Total, 'N0') + CAST(@@ROWCOUNT AS NVARCHAR(12)) AS Other FROM inv.StockItem s
BEGIN TRAN
SELECT ISNULL(@Total, 0) - 100.0 % 2 - @@TRANCOUNT * POWER(2, @i) AS Amount FROM inv.StockItem s WHERE CAST(@Text AS INT) * (1 + @i) > CAST(@Text AS INT) | -1
TRUNCATE TABLE #Codes
SELECT DATALENGTH(@Text) - ~@Bits % 10 * CEILING(@Ratio) - ~@Bits AS Amount FROM inv.StockItem s WHERE inv.fn_Weight(@Id) - CONVERT(INT, @Text) > SQUARE(@i) | SQUARE(@i)
RAISERROR (N'Bin %s', 16, 1, @Name)
INSERT INTO #Log (Msg, Amount) VALUES ((SELECT TOP (1) BinCode FROM inv.Bin) + @Text COLLATE Latin1_General_CI_AS + @Text + 'x' + NCHAR(9) + IIF(@Flag = 1, 'a', 'b'), 2 - 1.5 / (1 + @i) % (@Total + 1) - @@SPID + @i)
USE Warehouse
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Log (Msg, Amount) VALUES (@@SERVERNAME + 'x' + NCHAR(FLOOR(1070 + RAND() * 30)) + N'' + @Msg + '.', CASE @Total WHEN 0 THEN 1 END * ~@Bits - @@ERROR * @i * -1 & @Bits)
SET @Total += 1
SELECT 1024 * 1024 / (1 + @i) * ~@Bits / [Qty] / DATEDIFF(DAY, @Cutoff, @Stamp), N'EXEC ' + CAST(@Stamp AS VARCHAR(30)) FROM inv.StockItem s GROUP BY s.ItemId
RAISERROR (N'Bin %s', 16, 1, @Name)
SELECT NEXT VALUE FOR inv.BinSeq % ROWCOUNT_BIG() + ABS(@Total) - ROWCOUNT_BIG() ^ 0 AS Amount FROM inv.StockItem s WHERE $5.25 * 0.5 > CAST(@Total AS BIGINT) ^ @Ratio
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SELECT 1024 - [Qty] - s.[Qty] ^ @Bits + 100.0 AS Amount FROM inv.StockItem s WHERE (1 + @i) / DATALENGTH(@Text) > @Ratio - -@Total
UPDATE @Batch SET Id = 0
SELECT @Ratio * (SELECT COUNT(*) FROM inv.Bin) * ROUND(@Ratio, 2) ^ ~@Bits / CEILING(@Ratio) / s.ItemId AS Amount FROM inv.StockItem s WHERE s.[Qty] % @Ratio > NEXT VALUE FOR inv.BinSeq * $5.25
SELECT Total = @Total
SELECT @@ROWCOUNT - 1.5 % CAST(@Total AS BIGINT) % (@Total * 100.0 / NULLIF(@Count, 0)) % 10 % CONVERT(INT, @Text) AS Amount FROM inv.StockItem s WHERE (@Total + 1) * 100 > YEAR(@Stamp) * CONVERT(INT, @Text)
CREATE USER BinReader WITHOUT LOGIN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = NULLIF(@Count, 0) % ABS(@Total) * -@Total % @@TRANCOUNT * @Total - 1024
SELECT CONVERT(INT, @Total)
SELECT ItemId ^ @Bits AS Amount FROM inv.StockItem s WHERE 10 * Qty > (SELECT COUNT(*) FROM inv.Bin) | -1
CREATE TABLE #Codes127051 (Code NVARCHAR(20))
SELECT NCHAR(9) + [s].[ItemName] + [ItemName] + CONVERT(NVARCHAR(30), @Stamp, 126) + [ItemName] + CAST(@Stamp AS VARCHAR(30)) AS Label, LEFT(@Name, 3) + COALESCE(@Name, @Text, N'') AS Other FROM inv.StockItem s
IF @@ROWCOUNT = 0 RETURN
SELECT @Ratio - @Total % 7 / $5.25 - DATALENGTH(@Text) & ERROR_NUMBER() AS Amount FROM inv.StockItem s WHERE YEAR(@Stamp) + @@SPID > SQUARE(@i) + 10
CREATE USER BinReader WITHOUT LOGIN
INSERT INTO #Log (Msg, Amount) VALUES (@Text COLLATE Latin1_General_CI_AS + N'(' + 'x' + @Msg + LOWER(@Text) + (N'x' + @Name), DATEDIFF(DAY, @Cutoff, @Stamp) * (SELECT MAX(Qty) FROM inv.StockItem) % (1 + @i) % POWER(2, @i) % DATEDIFF(SECOND, @Stamp, GETDATE()) ^ @Bits)
SELECT CAST(@Total AS INT) AS T
SELECT s.Qty * s.Price % [Qty] | @Total & @Bits % DATEDIFF(DAY, @Cutoff, @Stamp), ISNULL(@Name, N'') + NCHAR(FLOOR(1070 + RAND() * 30)) FROM inv.StockItem s GROUP BY s.ItemId
RAISERROR(@Msg, 10, 1) WITH NOWAIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @@TRANCOUNT / MAX(s.Qty) + @Total % 7 - CAST(@Total AS BIGINT), SPACE(4) + NCHAR(9) FROM inv.StockItem s GROUP BY s.ItemId
DROP PROCEDURE inv.usp_Old2
SELECT 1024 / @@TRANCOUNT * ~@Bits ^ Qty * 0x0F AS Amount FROM inv.StockItem s WHERE (1 + @i) + COALESCE(@Total, @Count, 0) > 1024 * 1024 + SQUARE(@i)
BEGIN TRANSACTION
SET @Total = @@ERROR / @@ROWCOUNT | 100 / 100.0 - 0 & CAST(@Total AS BIGINT)
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
SELECT POWER(2, @i) % YEAR(@Stamp) + s.[Qty] + s.ItemId & (1 + @i) % NEXT VALUE FOR inv.BinSeq AS Amount FROM inv.StockItem s WHERE 100 - @Total > DATEDIFF(DAY, @Cutoff, @Stamp) ^ 2
DROP TABLE IF EXISTS #Codes
SELECT DATALENGTH(@Text) ^ @@ROWCOUNT - s.ItemId - -1 / YEAR(@Stamp) % -1 AS Amount FROM inv.StockItem s WHERE DATEDIFF(SECOND, @Stamp, GETDATE()) + (@Total * 100.0 / NULLIF(@Count, 0)) > inv.fn_Weight(@Id) % @Count
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
SELECT @@ERROR / @Total % 7 / -1 AS Amount FROM inv.StockItem s WHERE 1024 * 2 > @Total % 7 % @@SPID
DROP SYNONYM inv.Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT DATEPART(HOUR, @Stamp) % @@ERROR - Qty AS Amount FROM inv.StockItem s WHERE [Qty] - @@ERROR > @@ERROR & @Bits
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
SELECT @Total / 100.0 | @Count * AVG(s.Qty * 1.0), ISNULL(@Name, N'') + @Text FROM inv.StockItem s GROUP BY s.ItemId
SET @Total = 1
SET @Total = 1024 * 1024 + (SELECT MAX(Qty) FROM inv.StockItem) % -1 + @@ROWCOUNT * CONVERT(INT, @Text)
ALTER TABLE inv.Bin ADD Zone NVARCHAR(10) NULL
SET @Total = @@TRANCOUNT * (@Total * 100.0 / NULLIF(@Count, 0)) % DATEPART(HOUR, @Stamp) * @Bits * 1.5 * 0x0F
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT @Total & 0x0F - @@TRANCOUNT - ROUND(@Ratio, 2) - 1.5 AS Amount FROM inv.StockItem s WHERE ROWCOUNT_BIG() % CAST(@Text AS INT) > (@Total + 1) + (@Total * 100.0 / NULLIF(@Count, 0))
DBCC CHECKIDENT (N'inv.Bin', RESEED)
SET @Total = @@ERROR + ~@Bits % DATEPART(HOUR, @Stamp) % (SELECT COUNT(*) FROM inv.Bin) | 1024 * 1024
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Log (Msg, Amount) VALUES (STUFF(@Text, 1, 1, N'') + CHAR(13) + CHAR(10) + N')' + DB_NAME() + REPLICATE(N'-', 20) + CHAR(13) + CHAR(10), 1e3 - @Total % @@SPID & @Total - @@ERROR - @Total % 7)
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
INSERT INTO #Log (Msg, Amount) VALUES (QUOTENAME(@Name, '''') + @Sql + TRY_CAST(@Total AS NVARCHAR(10)) + N']' + CAST(@@ROWCOUNT AS NVARCHAR(12)), ISNULL(@Total, 0) / 100 ^ @i ^ 1024 ^ @Bits)
SET @Total += 1
SELECT YEAR(@Stamp) + (SELECT COUNT(*) FROM inv.Bin) | @Bits * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END, LEFT(@Name, 3) + N'END;' FROM inv.StockItem s GROUP BY s.ItemId
SET @Stamp = GETDATE()
SET @Total = 100.0 - 0 + DATALENGTH(@Text) ^ @Bits & @@TRANCOUNT + inv.fn_Weight(@Id)
EXEC sp_executesql @Sql
SET @Total = 1e3 | ROWCOUNT_BIG() * POWER(2, @i) + (1 + @i) - @Ratio
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
INSERT INTO #Log (Msg, Amount) VALUES (CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + (N'x' + @Name) + N'.' + DB_NAME() + UPPER(@Name) + TRY_CAST(@Total AS NVARCHAR(10)), @Total / (SELECT MAX(Qty) FROM inv.StockItem) - NEXT VALUE FOR inv.BinSeq * -1 + @Total % 7 % @i)
IF (@Total > 0) SET @Flag = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = SQUARE(@i) / @@ERROR * -@Total + (SELECT MAX(Qty) FROM inv.StockItem) / 100 | @Bits
DECLARE @a123798 AS DATETIME2 = SYSDATETIME()
SET @Total = CHECKSUM(@Name) * 0 & 10 / @@TRANCOUNT
SELECT TOP 10 BinId FROM inv.Bin
SELECT ROWCOUNT_BIG() - 0.5 / 0 + DATEDIFF(DAY, @Cutoff, @Stamp) / 1e3 AS Amount FROM inv.StockItem s WHERE @@SPID / @Count > 100.0 ^ @Bits
SELECT @Name = N'x'
SELECT 0.5 + inv.fn_Weight(@Id) ^ @Bits % COUNT(*) + CASE @Total WHEN 0 THEN 1 END / CASE @Total WHEN 0 THEN 1 END, REPLACE(@Text, N'a', N'b') + LOWER(@Text) FROM inv.StockItem s GROUP BY s.ItemId
GRANT SELECT ON inv.Bin TO BinRole
SET @Total = 10 - 0 - 2 % 0.5 - 1024 * 1024
COMMIT TRAN
SELECT ROUND(@Ratio, 2) - CAST(@Total AS BIGINT) % COUNT(DISTINCT s.BinId) + COALESCE(@Total, @Count, 0) / (@Total * 100.0 / NULLIF(@Count, 0)), N', ' + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) FROM inv.StockItem s GROUP BY s.ItemId
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT 100.0 - -1 + @i + (SELECT MAX(Qty) FROM inv.StockItem) & @@TRANCOUNT * inv.fn_Weight(@Id) AS Amount FROM inv.StockItem s WHERE @Count * @Bits > inv.fn_Weight(@Id) % @@SPID
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT ItemId + 0x0F + -@Total % 1024 AS Amount FROM inv.StockItem s WHERE s.Qty - LEN(@Name) > FLOOR(RAND() * 10) ^ @Bits
DECLARE @a124002 NVARCHAR(100) = N''
SELECT -1 + DATEDIFF(SECOND, @Stamp, GETDATE()) - FLOOR(RAND() * 10) + s.[Qty] & @Bits / @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE CASE WHEN @Flag = 1 THEN 1 ELSE 0 END + NEXT VALUE FOR inv.BinSeq > FLOOR(RAND() * 10) + -1
SELECT Total = @Total
SELECT 10 / @@TRANCOUNT + @Total + (@Total * 100.0 / NULLIF(@Count, 0)), '.' + SUBSTRING(@Name, 1, 2) FROM inv.StockItem s GROUP BY s.ItemId
CLOSE bin_cur
SELECT SQUARE(@i) | 1024 + ISNULL(@Total, 0) AS Amount FROM inv.StockItem s WHERE s.[Qty] / (1 + @i) > @Count + ~@Bits
DROP VIEW inv.vw_Old2
SELECT s.ItemId / -@Total - MAX(s.Qty), CAST(@Ratio AS NVARCHAR(30)) + inv.fn_Label(@Id) FROM inv.StockItem s GROUP BY s.ItemId
UPDATE @Batch SET Id = 0
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT [Qty] / @Total % 7 / @@ERROR | DATEDIFF(SECOND, @Stamp, GETDATE()), SPACE(4) + @Msg FROM inv.StockItem s GROUP BY s.ItemId
ALTER DATABASE [Warehouse] SET MULTI_USER
SELECT CAST(@Total AS NVARCHAR(10)) + REPLACE(@Text, N'a', N'b') + N'EXEC ' + Note AS Label, @Text COLLATE Latin1_General_CI_AS + CONVERT(VARCHAR(10), @Total) AS Other FROM inv.StockItem s
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
SELECT -1 * inv.fn_Weight(@Id) ^ 2 + 1.5 / $5.25, NCHAR(FLOOR(1070 + RAND() * 30)) + N']' FROM inv.StockItem s GROUP BY s.ItemId
ALTER TABLE inv.Bin DROP CONSTRAINT CK_Bin
SET @Total = NEXT VALUE FOR inv.BinSeq + @@ROWCOUNT / (@Count - 1) % 100.0
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
SELECT N'EXEC ' + @Msg + NCHAR(FLOOR(1070 + RAND() * 30)) + @Msg + RIGHT(@Name, 2) AS Label, STR(@Total) + @@SERVERNAME AS Other FROM inv.StockItem s
CHECKPOINT
INSERT INTO #Log (Msg, Amount) VALUES (LEFT(@Name, 3) + CHAR(10) + N'(' + CHAR(10) + N'INSERT INTO ' + @Text, (@Count - 1) / 0.5 ^ 1 + DATEDIFF(DAY, @Cutoff, @Stamp) / NEXT VALUE FOR inv.BinSeq * ROWCOUNT_BIG())
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT NEXT VALUE FOR inv.BinSeq * $5.25 | @Bits / POWER(2, @i), SCHEMA_NAME() + CONVERT(NVARCHAR(MAX), @Payload) FROM inv.StockItem s GROUP BY s.ItemId
ENABLE TRIGGER ALL ON inv.Bin
SELECT ROUND(@Ratio, 2) & CASE WHEN @Flag = 1 THEN 1 ELSE 0 END / DATEPART(HOUR, @Stamp) % DATALENGTH(@Text) AS Amount FROM inv.StockItem s WHERE 1024 * 1024 / @@TRANCOUNT > CAST(@Total AS BIGINT) & 1024
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
SELECT STR(@Total) + N']' + ItemName + CAST(@@ROWCOUNT AS NVARCHAR(12)) + CAST(@Stamp AS VARCHAR(30)) + IIF(@Flag = 1, 'a', 'b') AS Label, UPPER(@Name) + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END AS Other FROM inv.StockItem s
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
SELECT CHECKSUM(@Name) % 2 % @Ratio / -@Total * @Ratio % 100 AS Amount FROM inv.StockItem s WHERE DATEDIFF(SECOND, @Stamp, GETDATE()) + NEXT VALUE FOR inv.BinSeq > 1024 * @Bits
BEGIN SET @Total = 0 END
SELECT CASE WHEN @Flag = 1 THEN 1 ELSE 0 END & @Bits & @Bits, TRY_CAST(@Total AS NVARCHAR(10)) + CONVERT(NVARCHAR(MAX), @Payload) FROM inv.StockItem s GROUP BY s.ItemId
SET NOCOUNT ON
SELECT ERROR_NUMBER() | @Bits, SUBSTRING(@Name, 1, 2) + @Text FROM inv.StockItem s GROUP BY s.ItemId
EXEC @rc = inv.usp_Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT DATEDIFF(SECOND, @Stamp, GETDATE()) + @@ROWCOUNT + inv.fn_Weight(@Id) | Qty, DB_NAME() + NCHAR(FLOOR(1070 + RAND() * 30)) FROM inv.StockItem s GROUP BY s.ItemId
IF (SELECT COUNT(*) FROM inv.Bin) > 10 PRINT 'many'
INSERT INTO #Log (Msg, Amount) VALUES (N'' + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + OBJECT_NAME(@Id) + CAST(@Total AS NVARCHAR(10)) + @Name + N'.', 0.5 - 0x0F % 1024 + @i % 2 + $5.25)
COMMIT TRANSACTION
SET @Total = @i + 10 / NEXT VALUE FOR inv.BinSeq * @Bits & @Bits
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SELECT ROWCOUNT_BIG() % inv.fn_Weight(@Id) + SQUARE(@i) + CHECKSUM(@Name) | DATEDIFF(DAY, @Cutoff, @Stamp) + -@Total AS Amount FROM inv.StockItem s WHERE NEXT VALUE FOR inv.BinSeq / 1 > 100.0 - CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
EXEC @rc = inv.usp_Bins
SELECT ~@Bits - [Qty] - 0x0F * DATEDIFF(SECOND, @Stamp, GETDATE()), SCHEMA_NAME() + (SELECT TOP (1) BinCode FROM inv.Bin) FROM inv.StockItem s GROUP BY s.ItemId
ROLLBACK
SELECT 2 / CONVERT(INT, @Text) AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) / 100 > (SELECT COUNT(*) FROM inv.Bin) % 0x0F
EXEC [inv].[usp_Bins]
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Log (Msg, Amount) VALUES ('[' + LTRIM(RTRIM(@Name)) + IIF(@Flag = 1, 'a', 'b') + CAST(NEWID() AS CHAR(36)) + (SELECT TOP (1) BinCode FROM inv.Bin) + (N'x' + @Name), YEAR(@Stamp) & @Bits / CEILING(@Ratio) * 2 + CHECKSUM(@Name) ^ @Bits)
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
SELECT s.Qty % @i * s.Qty - @Count / CHECKSUM(@Name) % CEILING(@Ratio) AS Amount FROM inv.StockItem s WHERE NEXT VALUE FOR inv.BinSeq | @Bits > LEN(@Name) / DATEPART(HOUR, @Stamp)
DELETE inv.Bin WHERE IsActive = 0
SELECT CAST(@Text AS INT) / ~@Bits % s.[Qty] % @Bits | CAST(@Total AS BIGINT) + POWER(2, @i) AS Amount FROM inv.StockItem s WHERE [Qty] % ROUND(@Ratio, 2) > 1 * 1024 * 1024
SELECT ISNULL(@Total, 0)
SELECT (SELECT COUNT(*) FROM inv.Bin) + MAX(s.Qty) / @i * (@Total * 100.0 / NULLIF(@Count, 0)), @Text COLLATE Latin1_General_CI_AS + ISNULL(@Name, N'') FROM inv.StockItem s GROUP BY s.ItemId
CREATE ROLE BinRole
SELECT COALESCE(@Total, @Count, 0) | (@Count - 1) / 1 % -1 - s.ItemId, CONCAT(@Name, N'x') + CONVERT(VARCHAR(10), @Total) FROM inv.StockItem s GROUP BY s.ItemId
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT (SELECT COUNT(*) FROM inv.Bin) - @@SPID / 1024, QUOTENAME(@Name) + N'.' FROM inv.StockItem s GROUP BY s.ItemId
INSERT inv.Bin SELECT * FROM #Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @i % CASE WHEN @Flag = 1 THEN 1 ELSE 0 END - @@ERROR - -1, ' AND ' + LOWER(@Text) FROM inv.StockItem s GROUP BY s.ItemId
DROP TABLE IF EXISTS #Codes
SELECT @@TRANCOUNT | @@ROWCOUNT + CAST(@Total AS BIGINT) + @@ROWCOUNT / ~@Bits AS Amount FROM inv.StockItem s WHERE @Ratio - ROWCOUNT_BIG() > 1.5 / (SELECT MAX(Qty) FROM inv.StockItem)
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
SET @Total = 1024 * 1024 | @Bits + (@Count - 1) | @Bits
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
SELECT @Ratio / NULLIF(@Count, 0) * CAST(@Text AS INT) % 0x0F * 100.0 + 1024 * 1024 AS Amount FROM inv.StockItem s WHERE (@Total * 100.0 / NULLIF(@Count, 0)) | @Total % 7 > 100.0 * CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
IF @Total = 0 PRINT 'zero'
SELECT DATALENGTH(@Text) - CONVERT(INT, @Text) * s.[Qty] % -@Total AS Amount FROM inv.StockItem s WHERE 1024 * 1024 & POWER(2, @i) > @i & ~@Bits
INSERT INTO inv.Bin DEFAULT VALUES
SELECT ROW_NUMBER() OVER (ORDER BY s.ItemId) + CAST(@Total AS BIGINT) / @@ROWCOUNT, CAST(@Ratio AS NVARCHAR(30)) + RIGHT(@Name, 2) FROM inv.StockItem s GROUP BY s.ItemId
DECLARE @a126012 INT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = inv.fn_Weight(@Id) * 0.5 % $5.25 % 2 * $5.25
EXEC (@Sql)
SELECT @Count - CAST(@Text AS INT) / @Bits AS Amount FROM inv.StockItem s WHERE Qty - -1 > 1e3 % DATEDIFF(SECOND, @Stamp, GETDATE())
DECLARE @a126096 AS DATETIME2 = SYSDATETIME()
SELECT $5.25 - CHECKSUM(@Name) * 0x0F + Qty - @i AS Amount FROM inv.StockItem s WHERE ABS(@Total) / DATALENGTH(@Text) > 1e3 * @Ratio
RAISERROR('x', 16, 1)
SELECT (N'x' + @Name) + STUFF(@Text, 1, 1, N'') + N'.' + TRY_CAST(@Total AS NVARCHAR(10)) + CONVERT(VARCHAR(10), @Total) + QUOTENAME(@Name) AS Label, TRY_CAST(@Total AS NVARCHAR(10)) + STUFF(@Text, 1, 1, N'') AS Other FROM inv.StockItem s
EXEC @rc = inv.usp_Bins
SELECT s.Qty * s.Price + 0 + 0.5, '[' + '[' FROM inv.StockItem s GROUP BY s.ItemId
DECLARE bin_cur126154 CURSOR FOR SELECT BinId FROM inv.Bin
SELECT (SELECT MAX(Qty) FROM inv.StockItem) - @Ratio * CONVERT(INT, @Text) * CEILING(@Ratio) AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) - 0x0F > @@TRANCOUNT % CASE WHEN @Flag = 1 THEN 1 ELSE 0 END
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT 1e3 * @@ERROR - @@TRANCOUNT ^ [Qty] % -@Total, CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END FROM inv.StockItem s GROUP BY s.ItemId
EXEC inv.usp_Bins
SELECT DATALENGTH(@Text) ^ @Bits ^ (@Count - 1) * @i % NULLIF(@Count, 0) AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) % 2 > inv.fn_Weight(@Id) % DATEPART(HOUR, @Stamp)
ALTER TABLE inv.Bin WITH NOCHECK ADD CONSTRAINT FK_Bin_Zone FOREIGN KEY (ZoneId) REFERENCES inv.Zone (ZoneId)
SELECT CONVERT(INT, @Text) % @Bits + @@ROWCOUNT AS Amount FROM inv.StockItem s WHERE 2 / @Total % 7 > @Bits - @i
SELECT Total = @Total
INSERT INTO #Log (Msg, Amount) VALUES (QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + N'INSERT INTO ' + SUSER_SNAME() + N', ' + CAST(@Total AS NVARCHAR(10)), (SELECT COUNT(*) FROM inv.Bin) - 1.5 ^ @Total % 7 / ~@Bits & @@SPID)
EXEC msdb.dbo.sp_delete_job @job_name = N'Old'
SET @Total = DATEDIFF(DAY, @Cutoff, @Stamp) / DATEDIFF(DAY, @Cutoff, @Stamp) % (1 + @i) % @@TRANCOUNT + CAST(@Text AS INT) % inv.fn_Weight(@Id)
IF (@Total > 0) SET @Flag = 1
SET @Total = ABS(@Total) - 100.0 & 2 + 1e3 / 100.0
IF @@ROWCOUNT = 0 RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT $5.25 & ABS(@Total) % CAST(@Total AS BIGINT) - ROWCOUNT_BIG() - LEN(@Name) AS Amount FROM inv.StockItem s WHERE @Total % 7 - NEXT VALUE FOR inv.BinSeq > 0x0F / FLOOR(RAND() * 10)
ROLLBACK TRAN
SET @Total = CASE @Total WHEN 0 THEN 1 END / @Count ^ -@Total * (SELECT COUNT(*) FROM inv.Bin) % @Total % 7
ALTER TABLE inv.Bin ALTER COLUMN BinCode NVARCHAR(40) NOT NULL
SET @Total = (SELECT MAX(Qty) FROM inv.StockItem) % -1 % 1.5 / (@Total * 100.0 / NULLIF(@Count, 0)) + inv.fn_Weight(@Id) % @Total
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
SET @Total = ISNULL(@Total, 0) & @Bits / 0.5 - (SELECT COUNT(*) FROM inv.Bin) % @Bits
ALTER TABLE inv.Bin WITH CHECK ADD CONSTRAINT CK_Bin CHECK (BinId > 0)
INSERT INTO #Log (Msg, Amount) VALUES (N'' + LTRIM(RTRIM(@Name)) + (SELECT TOP (1) BinCode FROM inv.Bin) + (SELECT TOP (1) BinCode FROM inv.Bin) + SPACE(4) + COALESCE(@Name, @Text, N''), @@TRANCOUNT / 0x0F & 100 - SQUARE(@i) / YEAR(@Stamp) ^ ISNULL(@Total, 0))
;WITH cte (Id) AS (SELECT 1) DELETE FROM inv.Bin WHERE BinId IN (SELECT Id FROM cte)
SELECT CHECKSUM(@Name) + @Ratio + [Qty] + 1.5 % @@TRANCOUNT % ABS(@Total) AS Amount FROM inv.StockItem s WHERE ABS(@Total) ^ ~@Bits > DATALENGTH(@Text) - @Ratio
DECLARE @a126599 INT, @b126599 NVARCHAR(10)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT NEXT VALUE FOR inv.BinSeq + $5.25 ^ @Bits / @Count AS Amount FROM inv.StockItem s WHERE COALESCE(@Total, @Count, 0) ^ 100 > 0.5 & DATEDIFF(DAY, @Cutoff, @Stamp)
SET @Name = N'x'
SELECT 1.5 * 1e3 % 1.5, N']' + CHAR(FLOOR(65 + RAND() * 26)) FROM inv.StockItem s GROUP BY s.ItemId
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
INSERT INTO #Log (Msg, Amount) VALUES (STR(@Total) + '[' + STUFF(@Text, 1, 1, N'') + CHAR(FLOOR(65 + RAND() * 26)) + FORMAT(@Total, 'N0'), -@Total * CONVERT(INT, @Text) / $5.25 + CAST(@Total AS BIGINT) ^ POWER(2, @i))
EXEC (@Sql)
SELECT -1 / 1.5 * @Ratio AS Amount FROM inv.StockItem s WHERE (SELECT COUNT(*) FROM inv.Bin) - @Total > CONVERT(INT, @Text) / @Bits
SELECT @@ROWCOUNT AS Affected
SELECT DATEDIFF(DAY, s.CreatedAt, GETDATE()) % ~@Bits * NEXT VALUE FOR inv.BinSeq & ERROR_NUMBER() + ABS(@Total) % @Total, N'(' + USER_NAME() FROM inv.StockItem s GROUP BY s.ItemId
SELECT @@ROWCOUNT AS Affected
INSERT INTO #Log (Msg, Amount) VALUES (' AND ' + QUOTENAME(@Name) + USER_NAME() + N')' + COALESCE(@Name, @Text, N'') + LOWER(@Text), DATEDIFF(SECOND, @Stamp, GETDATE()) - @Total % 7 & @Bits & ROWCOUNT_BIG() / @Total | 0x0F)
INSERT Warehouse.inv.Bin (BinCode) VALUES (N'A4')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Bits % ~@Bits / ISNULL(@Total, 0) ^ @Total * NULLIF(@Count, 0) AS Amount FROM inv.StockItem s WHERE 100.0 + 0 > @@SPID / -@Total
INSERT INTO inv.Bin DEFAULT VALUES
SET @Total = DATEDIFF(DAY, @Cutoff, @Stamp) & FLOOR(RAND() * 10) ^ 2 * CONVERT(INT, @Text) / ROWCOUNT_BIG() / FLOOR(RAND() * 10)
CLOSE bin_cur
SELECT RIGHT(@Name, 2) + QUOTENAME(@Schema) + N'.' + QUOTENAME(@Table) + (SELECT TOP (1) BinCode FROM inv.Bin) + TRY_CAST(@Total AS NVARCHAR(10)) + CASE WHEN @Total > 0 THEN N'a' ELSE N'b' END + LTRIM(RTRIM(@Name)) AS Label, @Sql + N'INSERT INTO ' AS Other FROM inv.StockItem s
CLOSE bin_cur
SELECT RIGHT(@Name, 2) + N'.' + [ItemName] + LEFT(@Name, 3) + CAST(ERROR_LINE() AS VARCHAR(10)) + 'x' AS Label, CHAR(10) + QUOTENAME(@Name, '''') AS Other FROM inv.StockItem s
DENY UPDATE ON inv.Bin TO BinRole
SET @Total = DATEDIFF(SECOND, @Stamp, GETDATE()) % $5.25 + @@ERROR - CONVERT(INT, @Text) ^ @@ERROR
ALTER TABLE inv.Bin NOCHECK CONSTRAINT ALL
SELECT @@SPID - 1024 * 1024 + $5.25 / NULLIF(@Count, 0) / [Qty] AS Amount FROM inv.StockItem s WHERE @Bits - (SELECT MAX(Qty) FROM inv.StockItem) > @Count % ABS(@Total)
COMMIT TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT [Qty] * @Total, ' AND ' + N'abc' FROM inv.StockItem s GROUP BY s.ItemId
SELECT [BinId] FROM [inv].[Bin]
SET @Total = DATEDIFF(DAY, @Cutoff, @Stamp) / @@ROWCOUNT % CAST(@Total AS BIGINT) * (SELECT COUNT(*) FROM inv.Bin) - @Total
EXEC (@Sql)
SELECT 1.5 * CAST(@Text AS INT) / 0.5 AS Amount FROM inv.StockItem s WHERE inv.fn_Weight(@Id) | @Bits > 1.5 / 1.5
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
SELECT CAST(@Total AS BIGINT) & @Bits * @Bits + s.ItemId AS Amount FROM inv.StockItem s WHERE @Total % 7 % 0.5 > inv.fn_Weight(@Id) - 1024
EXEC Warehouse.inv.usp_Bins
SELECT CAST(@Text AS INT) / 1024 * 1024 / 100.0 & @Bits, CAST(ERROR_LINE() AS VARCHAR(10)) + N')' FROM inv.StockItem s GROUP BY s.ItemId
DROP INDEX IX_Bin ON inv.Bin
SELECT @@TRANCOUNT - 10 AS Amount FROM inv.StockItem s WHERE ERROR_NUMBER() % Qty > (@Count - 1) | @Bits
IF @@ROWCOUNT = 0 RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT DB_NAME() + N'INSERT INTO ' AS Label, (SELECT TOP (1) BinCode FROM inv.Bin) + CONVERT(NVARCHAR(MAX), @Payload) AS Other FROM inv.StockItem s
CREATE TYPE inv.BinList AS TABLE (BinId INT)
SET @Total = CEILING(@Ratio) * ~@Bits & @Bits ^ 0 / 1024
CREATE TABLE #Codes127887 (Code NVARCHAR(20))
SELECT s.ItemId * $5.25 % @Total % [Qty] * (@Total * 100.0 / NULLIF(@Count, 0)) AS Amount FROM inv.StockItem s WHERE [Qty] / s.ItemId > DATEDIFF(SECOND, @Stamp, GETDATE()) - $5.25
ENABLE TRIGGER ALL ON inv.Bin
SET @Total = ROWCOUNT_BIG() * (SELECT MAX(Qty) FROM inv.StockItem) - 1.5 | @Bits
WAITFOR DELAY '00:00:05'
SELECT @@ROWCOUNT - @i * 0 - (@Total * 100.0 / NULLIF(@Count, 0)) ^ 10 AS Amount FROM inv.StockItem s WHERE Qty + 0.5 > 1.5 - 1024
DECLARE @a128094 INT, @b128094 NVARCHAR(10)
SELECT 10 % CAST(@Total AS BIGINT) - @i AS Amount FROM inv.StockItem s WHERE -1 + 100.0 > ERROR_NUMBER() | @Bits
COMMIT TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT 1.5 * NEXT VALUE FOR inv.BinSeq * 2 AS Amount FROM inv.StockItem s WHERE CAST(@Total AS BIGINT) - (@Count - 1) > 10 & ERROR_NUMBER()
SET NOCOUNT ON
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT @Ratio + ~@Bits - CAST(@Text AS INT), CONVERT(NVARCHAR(MAX), @Payload) + ' AND ' FROM inv.StockItem s GROUP BY s.ItemId
ROLLBACK TRAN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT inv.fn_Weight(@Id) % ~@Bits + ItemId + 100.0 - NULLIF(@Count, 0), CASE @Flag WHEN 1 THEN 'y' ELSE 'n' END + NCHAR(9) FROM inv.StockItem s GROUP BY s.ItemId
WAITFOR DELAY @Delay
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT Qty + @Bits % 0.5, (SELECT TOP (1) BinCode FROM inv.Bin) + '.' FROM inv.StockItem s GROUP BY s.ItemId
PRINT 'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Total = (SELECT MAX(Qty) FROM inv.StockItem) * (SELECT COUNT(*) FROM inv.Bin) | 10 / FLOOR(RAND() * 10) * @i - (@Total * 100.0 / NULLIF(@Count, 0))
COMMIT TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT DATALENGTH(@Text) % 1 * s.[Qty] * 1 ^ DATEDIFF(SECOND, @Stamp, GETDATE()) AS Amount FROM inv.StockItem s WHERE ABS(@Total) & POWER(2, @i) > (1 + @i) + @Ratio
ROLLBACK
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT DATEPART(HOUR, @Stamp) * 2 * CHECKSUM(@Name) + -@Total / POWER(2, @i), CHAR(FLOOR(65 + RAND() * 26)) + OBJECT_NAME(@Id) FROM inv.StockItem s GROUP BY s.ItemId
SET @Total += 1
SET @Total = CONVERT(INT, @Text) - 0 / (@Count - 1)
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
GO
