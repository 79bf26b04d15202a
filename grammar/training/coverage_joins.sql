-- Training input for the parser's prediction snapshot: table sources, join kinds and what follows them.
-- Written for Preflight; not meant to be deployed.

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM Warehouse.inv.StockItem a RIGHT JOIN inv.StockItem AS b WITH (NOLOCK) ON b.ItemId = a.ItemId, [dbo].[Movement] c WITH (NOLOCK) CROSS JOIN inv.fn_Levels(1) d UNION ALL SELECT 1 FROM inv.Bin
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
SELECT a.ItemId FROM [dbo].[Movement] a WITH (NOLOCK) JOIN sys.tables b ON a.ItemId = b.ItemId CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = b.ItemId ORDER BY m.Qty DESC) c INNER JOIN #Pending AS d ON a.ItemId = d.ItemId WHERE a.ItemId = @ItemId AND b.BinId > 0
RAISERROR('x', 16, 1)
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a INNER HASH JOIN sys.objects AS b ON 1 = 1 RIGHT JOIN inv.StockItem c WITH (NOLOCK) ON (c.ItemId = a.ItemId) INNER JOIN inv.StockItem d ON 1 = 1 ORDER BY a.ItemId
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
SELECT a.ItemId FROM @Batch a INNER JOIN [dbo].[Movement] b WITH (NOLOCK) ON a.ItemId = b.ItemId AND b.BinId = @BinId GROUP BY a.ItemId
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
SELECT a.ItemId FROM #Pending AS a CROSS JOIN [dbo].[Movement] b WITH (NOLOCK) CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) c INNER JOIN inv.StockItem d ON (d.ItemId = c.ItemId) UNION ALL SELECT 1 FROM inv.Bin
DECLARE @a137856 TABLE (Id INT)
SELECT a.ItemId FROM @Batch a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b FULL OUTER JOIN inv.fn_Levels(@ItemId) AS c ON c.ItemId = b.ItemId CROSS APPLY STRING_SPLIT(@Text, ',') AS d
UPDATE #Codes SET Code = N'' WHERE Code IS NULL
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a LEFT OUTER JOIN sys.objects AS b ON a.ItemId = b.ItemId AND b.BinId = @BinId GROUP BY a.ItemId
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
SELECT a.ItemId FROM inv.StockItem a RIGHT OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS b ON [b].[ItemId] = [a].[ItemId] CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) c FULL JOIN inv.StockItem AS d WITH (NOLOCK) ON b.ItemId = d.ItemId UNION ALL SELECT 1 FROM inv.Bin
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SELECT a.ItemId FROM [dbo].[Movement] a WITH (NOLOCK) INNER JOIN [inv].[StockItem] b ON b.BinId = a.BinId AND b.ItemId IN (1, 2) OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) c INNER JOIN @Batch d ON d.ItemId = a.ItemId AND d.BinId = 1 OPTION (MAXDOP 1)
SELECT GETDATE() AS Now
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a LEFT JOIN inv.fn_Levels(1) b ON a.ItemId = b.ItemId FULL OUTER JOIN sys.tables c ON a.ItemId = c.ItemId AND c.BinId = @BinId UNION ALL SELECT 1 FROM inv.Bin
INSERT INTO #Codes137854 (Code) VALUES ('x')
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a CROSS APPLY inv.fn_Levels(a.ItemId) b UNION ALL SELECT 1 FROM inv.Bin
SELECT b.BinId FROM inv.Bin b
SELECT a.ItemId FROM sys.tables a JOIN [dbo].[Movement] b WITH (NOLOCK) ON a.ItemId = b.ItemId AND b.BinId = @BinId LEFT OUTER JOIN #Pending c ON c.ItemId = b.ItemId AND c.BinId = b.BinId INNER JOIN sys.tables d ON c.ItemId = d.ItemId AND d.BinId = @BinId ORDER BY a.ItemId
USE Warehouse
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM sys.objects AS a FULL OUTER JOIN inv.StockItem b WITH (NOLOCK) ON b.[ItemId] = a.[ItemId] CROSS APPLY OPENJSON(@Payload) c CROSS JOIN #Pending AS d WHERE a.ItemId = 1
SET IDENTITY_INSERT inv.Bin ON
SELECT a.ItemId FROM [inv].[StockItem] AS [a] RIGHT OUTER JOIN StockItem b ON a.ItemId = b.ItemId CROSS JOIN inv.fn_Levels(@ItemId) AS c CROSS JOIN @Batch d WHERE a.ItemId = 1
WHILE 1 = 1 BEGIN BREAK END
SELECT a.ItemId FROM @Batch a RIGHT JOIN [inv].[StockItem] AS [b] ON b.ItemId = a.ItemId OR b.BinId IS NULL LEFT MERGE JOIN inv.StockItem AS c ON c.[ItemId] = b.[ItemId] OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) d ORDER BY a.ItemId
OPEN bin_cur
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a INNER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS b ON 1 = 1 LEFT OUTER JOIN #Pending c ON c.BinId = a.BinId AND c.ItemId IN (1, 2) WHERE a.ItemId IN (SELECT ItemId FROM #Pending)
SET @Stamp = GETDATE()
SELECT a.ItemId FROM "inv"."StockItem" a CROSS APPLY STRING_SPLIT(@Text, ',') AS b RIGHT JOIN StockItem c ON a.ItemId = c.ItemId AND c.BinId = @BinId CROSS APPLY inv.fn_Levels(b.ItemId) d ORDER BY b.BinId DESC
CREATE ROLE BinRole
SELECT a.ItemId FROM #Pending AS a JOIN dbo.Movement b ON b.ItemId = a.ItemId AND b.ItemName = N'x' LEFT JOIN [inv].[StockItem] AS [c] ON b.ItemId = c.ItemId, @Batch d OPTION (MAXDOP 1)
CREATE UNIQUE INDEX UX_Bin ON inv.Bin (BinCode)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM #Pending AS a, inv.fn_Levels(@ItemId) AS b RIGHT JOIN inv.StockItem AS c ON c.ItemId = a.ItemId AND c.ItemName = N'x', inv.fn_Levels(1) d UNION ALL SELECT 1 FROM inv.Bin
RAISERROR (N'Bin %s', 16, 1, @Name)
SELECT a.ItemId FROM "inv"."StockItem" a RIGHT JOIN @Batch b ON a.ItemId = b.ItemId AND b.BinId = @BinId INNER JOIN [dbo].[Movement] c WITH (NOLOCK) ON c.[ItemId] = b.[ItemId] UNION ALL SELECT 1 FROM inv.Bin
INSERT inv.Bin SELECT * FROM #Bins
SELECT a.ItemId FROM [inv].[StockItem] AS [a] INNER HASH JOIN [dbo].[Movement] b WITH (NOLOCK) ON 1 = 1 UNION ALL SELECT 1 FROM inv.Bin
DROP TABLE IF EXISTS #Codes
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a, sys.tables b FULL JOIN inv.StockItem AS c WITH (NOLOCK) ON a.ItemId = c.ItemId AND c.BinId = @BinId
UPDATE [inv].[Bin] SET [IsActive] = 1
SELECT a.ItemId FROM #Pending AS a INNER HASH JOIN #Pending b ON b.ItemId = a.ItemId OR b.BinId IS NULL, (SELECT ItemId, BinId FROM inv.Movement) c OUTER APPLY inv.fn_Levels(c.ItemId) AS d
SET @Total = 1
SELECT a.ItemId FROM @Batch a RIGHT OUTER JOIN [inv].[StockItem] b ON b.ItemId = a.ItemId AND b.ItemName = N'x' LEFT OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c ON 1 = 1 UNION ALL SELECT 1 FROM inv.Bin
DECLARE bin_cur141298 CURSOR FOR SELECT BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM [inv].[StockItem] a CROSS JOIN sys.tables b CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) c, #Pending AS d GROUP BY a.ItemId
UPDATE [inv].[Bin] SET [IsActive] = 1
SELECT a.ItemId FROM inv.StockItem AS a WITH (NOLOCK) OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) c UNION ALL SELECT 1 FROM inv.Bin
SELECT TOP 10 BinId FROM inv.Bin
SELECT a.ItemId FROM #Pending AS a LEFT JOIN #Pending b ON [b].[ItemId] = [a].[ItemId] CROSS APPLY inv.fn_Levels(b.ItemId) c CROSS JOIN sys.tables d ORDER BY a.ItemId
CREATE ROLE BinRole
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a CROSS APPLY OPENJSON(@Payload) b RIGHT JOIN inv.StockItem AS c WITH (NOLOCK) ON (c.ItemId = a.ItemId) JOIN @Batch d ON 1 = 1 UNION ALL SELECT 1 FROM inv.Bin
DECLARE @a137976 INT, @b137976 NVARCHAR(10)
UPDATE a SET a.BinId = 0 FROM #Pending a INNER HASH JOIN [StockItem] b ON a.ItemId = b.ItemId AND b.BinId = @BinId LEFT OUTER JOIN [dbo].[Movement] c WITH (NOLOCK) ON [c].[ItemId] = [b].[ItemId] JOIN #Pending d ON (d.ItemId = c.ItemId)
SET IDENTITY_INSERT inv.Bin ON
SELECT a.ItemId FROM inv.StockItem AS a LEFT OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS b ON b.ItemId = a.ItemId FULL OUTER JOIN (VALUES (1, 2), (3, 4)) AS c (ItemId, BinId) ON c.ItemId = b.ItemId OR c.BinId IS NULL RIGHT OUTER JOIN Warehouse.inv.StockItem d ON a.ItemId = d.ItemId UNION ALL SELECT 1 FROM inv.Bin
SELECT CONVERT(INT, @Total)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a INNER HASH JOIN (VALUES (1, 2), (3, 4)) AS b (ItemId, BinId) ON b.ItemId = a.ItemId OR b.BinId IS NULL CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c
EXEC [inv].[usp_Bins]
DELETE a FROM (SELECT ItemId, BinId FROM inv.Movement) a LEFT OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON (b.ItemId = a.ItemId) LEFT JOIN [inv].[StockItem] AS [c] ON b.ItemId = c.ItemId AND c.BinId = @BinId FULL OUTER JOIN inv.StockItem AS d WITH (NOLOCK) ON d.ItemId = b.ItemId AND d.ItemName = N'x' WHERE a.ItemId = 1
TRUNCATE TABLE #Codes
UPDATE a SET a.BinId = 0 FROM [StockItem] a RIGHT OUTER JOIN inv.StockItem AS b ON a.ItemId = b.ItemId AND b.BinId = @BinId JOIN inv.StockItem AS c WITH (NOLOCK) ON (c.ItemId = a.ItemId) CROSS APPLY inv.fn_Levels(a.ItemId) d WHERE a.ItemId = 1
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
SELECT a.ItemId FROM inv.StockItem a WITH (NOLOCK) CROSS JOIN inv.StockItem b WITH (NOLOCK) RIGHT OUTER JOIN inv.fn_Levels(1) c ON c.ItemId = b.ItemId AND c.BinId = b.BinId CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) d GROUP BY a.ItemId
TRUNCATE TABLE #Codes
SELECT a.ItemId FROM [inv].[StockItem] a FULL JOIN sys.tables b ON b.ItemId = a.ItemId AND b.ItemName = N'x' LEFT JOIN Warehouse.inv.StockItem c ON c.ItemId = b.ItemId AND c.BinId = b.BinId RIGHT JOIN dbo.Movement d ON d.[ItemId] = c.[ItemId]
SELECT TOP (1) BinId FROM inv.Bin
SELECT a.ItemId FROM inv.fn_Levels(@ItemId) AS a CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) b JOIN (SELECT ItemId, BinId FROM inv.Movement) c ON c.ItemId = a.ItemId FULL JOIN #Pending AS d ON d.ItemId = b.ItemId AND d.BinId = b.BinId WHERE b.ItemId IS NULL
DECLARE @a134718 AS DATETIME2 = SYSDATETIME()
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a JOIN [inv].[StockItem] b ON 1 = 1 LEFT JOIN inv.StockItem c WITH (NOLOCK) ON c.ItemId = a.ItemId AND c.BinId = 1
UPDATE @Batch SET Id = 0
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a LEFT JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON [b].[ItemId] = [a].[ItemId] LEFT JOIN Warehouse.inv.StockItem c ON a.ItemId = c.ItemId LEFT OUTER JOIN StockItem d ON d.ItemId = c.ItemId OR d.BinId IS NULL UNION ALL SELECT 1 FROM inv.Bin
SET @Stamp = GETDATE()
SELECT a.ItemId FROM inv.fn_Levels(@ItemId) AS a CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) b CROSS JOIN #Pending AS c ORDER BY a.ItemId
DELETE TOP (5) FROM inv.Bin
SELECT a.ItemId FROM @Batch a CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) b LEFT JOIN sys.tables c ON a.ItemId = c.ItemId LEFT JOIN dbo.Movement d ON d.ItemId = a.ItemId UNION ALL SELECT 1 FROM inv.Bin
EXEC ('SELECT 1')
SELECT a.ItemId FROM Warehouse.inv.StockItem a CROSS JOIN inv.StockItem b WITH (NOLOCK) FULL JOIN [StockItem] c ON (c.ItemId = a.ItemId) UNION ALL SELECT 1 FROM inv.Bin
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
SELECT a.ItemId FROM inv.fn_Levels(1) a CROSS JOIN #Pending AS b RIGHT JOIN sys.tables c ON c.BinId = b.BinId AND c.ItemId IN (1, 2) CROSS JOIN #Pending AS d
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM [inv].[StockItem] AS [a] INNER HASH JOIN sys.tables b ON [b].[ItemId] = [a].[ItemId] CROSS JOIN #Pending AS c OPTION (MAXDOP 1)
SELECT COUNT(*) FROM inv.Bin
SELECT a.ItemId FROM #Pending AS a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b JOIN inv.StockItem AS c ON 1 = 1 ORDER BY a.ItemId
SELECT Total = @Total
SELECT a.ItemId FROM @Batch a CROSS JOIN [dbo].[Movement] b WITH (NOLOCK) CROSS JOIN @Batch c RIGHT JOIN (SELECT ItemId, BinId FROM inv.Movement) d ON a.ItemId = d.ItemId AND d.BinId = @BinId ORDER BY a.ItemId
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
SELECT a.ItemId FROM StockItem a RIGHT OUTER JOIN (VALUES (1, 2), (3, 4)) AS b (ItemId, BinId) ON (b.ItemId = a.ItemId) LEFT JOIN inv.fn_Levels(@ItemId) AS c ON b.ItemId = c.ItemId AND c.BinId = @BinId
SELECT 1 AS Ok
UPDATE a SET a.BinId = 0 FROM #Pending AS a CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) b JOIN "inv"."StockItem" c ON c.[ItemId] = b.[ItemId] CROSS APPLY OPENJSON(@Payload) d
SELECT * INTO #Snap133922 FROM inv.Bin
SELECT a.ItemId FROM sys.objects AS a CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) b, "inv"."StockItem" c CROSS JOIN #Pending AS d
SELECT @Name = N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Out (ItemId) SELECT a.ItemId FROM inv.StockItem a WITH (NOLOCK) INNER JOIN inv.StockItem b ON b.ItemId = a.ItemId AND b.BinId = a.BinId JOIN #Pending c ON b.ItemId = c.ItemId AND c.BinId = @BinId GROUP BY a.ItemId
EXECUTE (@Sql)
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a RIGHT OUTER JOIN sys.tables b ON (b.ItemId = a.ItemId) JOIN inv.fn_Levels(@ItemId) AS c ON c.[ItemId] = a.[ItemId]
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a LEFT JOIN (VALUES (1, 2), (3, 4)) AS b (ItemId, BinId) ON b.ItemId = a.ItemId AND b.BinId = 1 FULL OUTER JOIN StockItem c ON a.ItemId = c.ItemId FULL JOIN inv.StockItem d ON (d.ItemId = b.ItemId) OPTION (MAXDOP 1)
TRUNCATE TABLE inv.Bin_Old
SELECT a.ItemId FROM StockItem a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b INNER JOIN "inv"."StockItem" c ON c.ItemId = a.ItemId ORDER BY a.ItemId
;WITH cte AS (SELECT BinId FROM inv.Bin) SELECT * FROM cte
SELECT a.ItemId FROM @Batch a LEFT JOIN [inv].[StockItem] AS [b] ON b.ItemId = a.ItemId AND b.BinId = 1 FULL JOIN inv.StockItem AS c ON (c.ItemId = a.ItemId) LEFT MERGE JOIN inv.StockItem AS d ON d.BinId = b.BinId AND d.ItemId IN (1, 2) UNION ALL SELECT 1 FROM inv.Bin
SELECT @@ROWCOUNT AS Affected
DELETE a FROM [inv].[StockItem] a LEFT JOIN [dbo].[Movement] b WITH (NOLOCK) ON b.BinId = a.BinId AND b.ItemId IN (1, 2) OUTER APPLY inv.fn_Levels(a.ItemId) AS c CROSS APPLY inv.fn_Levels(b.ItemId) d
IF OBJECT_ID(N'inv.Bin', N'U') IS NULL PRINT 'missing'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE a FROM (SELECT ItemId, BinId FROM inv.Movement) a, inv.StockItem AS b WITH (NOLOCK) LEFT JOIN inv.StockItem c ON b.ItemId = c.ItemId AND c.BinId = @BinId JOIN #Pending AS d ON b.ItemId = d.ItemId OPTION (MAXDOP 1)
CREATE ROLE BinRole
SELECT a.ItemId FROM inv.fn_Levels(@ItemId) AS a OUTER APPLY inv.fn_Levels(a.ItemId) AS b RIGHT JOIN #Pending AS c ON (c.ItemId = b.ItemId) GROUP BY a.ItemId
BEGIN TRAN BinMove
SELECT a.ItemId FROM [inv].[StockItem] a FULL OUTER JOIN [StockItem] b ON b.ItemId = a.ItemId OR b.BinId IS NULL LEFT JOIN #Pending c ON (c.ItemId = a.ItemId) INNER HASH JOIN (SELECT ItemId, BinId FROM inv.Movement) d ON d.BinId = c.BinId AND d.ItemId IN (1, 2) WHERE a.ItemId = 1
EXEC Warehouse.inv.usp_Bins
SELECT a.ItemId FROM [dbo].[Movement] a WITH (NOLOCK) INNER JOIN StockItem b ON (b.ItemId = a.ItemId) JOIN [dbo].[Movement] c WITH (NOLOCK) ON b.ItemId = c.ItemId AND c.BinId = @BinId CROSS JOIN sys.tables d ORDER BY a.ItemId
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
SELECT a.ItemId FROM #Pending AS a LEFT MERGE JOIN sys.tables b ON b.BinId = a.BinId AND b.ItemId IN (1, 2) JOIN @Batch c ON (c.ItemId = b.ItemId) OUTER APPLY inv.fn_Levels(a.ItemId) AS d ORDER BY b.BinId DESC
DBCC CHECKIDENT (N'inv.Bin', RESEED)
SELECT a.ItemId FROM sys.tables a CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) b LEFT MERGE JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c ON c.ItemId = b.ItemId AND c.BinId = 1 UNION ALL SELECT 1 FROM inv.Bin
DECLARE @a135518 INT = 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM @Batch a, (SELECT ItemId, BinId FROM inv.Movement) b WHERE a.ItemId = @ItemId AND b.BinId > 0
SELECT Total = @Total
SELECT a.ItemId FROM inv.StockItem a WITH (NOLOCK) LEFT JOIN #Pending b ON b.ItemId = a.ItemId RIGHT OUTER JOIN inv.StockItem AS c ON c.ItemId = a.ItemId AND c.ItemName = N'x' INNER JOIN @Batch d ON 1 = 1 UNION ALL SELECT 1 FROM inv.Bin
ALTER INDEX ALL ON inv.Bin REBUILD
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a JOIN StockItem b ON b.ItemId = a.ItemId AND b.ItemName = N'x' JOIN "inv"."StockItem" c ON c.ItemId = a.ItemId OR c.BinId IS NULL INNER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS d ON a.ItemId = d.ItemId WHERE a.ItemId IN (SELECT ItemId FROM #Pending)
WHILE EXISTS (SELECT 1 FROM #Codes) DELETE TOP (1) FROM #Codes
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a LEFT OUTER JOIN sys.objects AS b ON b.[ItemId] = a.[ItemId]
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
SELECT a.ItemId FROM inv.StockItem AS a WITH (NOLOCK) LEFT OUTER JOIN sys.tables b ON (b.ItemId = a.ItemId) INNER HASH JOIN Warehouse.inv.StockItem c ON c.ItemId = a.ItemId CROSS JOIN inv.StockItem d
SELECT TOP 10 BinId FROM inv.Bin
UPDATE a SET a.BinId = 0 FROM #Pending a JOIN (SELECT ItemId, BinId FROM inv.Movement) AS b ON b.BinId = a.BinId AND b.ItemId IN (1, 2) OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) c FULL JOIN [dbo].[Movement] d WITH (NOLOCK) ON d.[ItemId] = c.[ItemId]
ROLLBACK
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM @Batch a LEFT JOIN #Pending AS b ON b.ItemId = a.ItemId AND b.ItemName = N'x' OUTER APPLY inv.fn_Levels(a.ItemId) AS c
UPDATE TOP (10) inv.Bin SET IsActive = 0
SELECT a.ItemId FROM inv.StockItem a RIGHT OUTER JOIN inv.StockItem b WITH (NOLOCK) ON b.ItemId = a.ItemId OR b.BinId IS NULL, inv.fn_Levels(@ItemId) AS c RIGHT OUTER JOIN (VALUES (1, 2), (3, 4)) AS d (ItemId, BinId) ON (d.ItemId = b.ItemId) ORDER BY a.ItemId
DECLARE @a133156 INT = 1
UPDATE a SET a.BinId = 0 FROM inv.fn_Levels(1) a INNER JOIN #Pending b ON b.ItemId = a.ItemId AND b.BinId = a.BinId CROSS APPLY OPENJSON(@Payload) c
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
SELECT a.ItemId FROM [StockItem] a LEFT OUTER JOIN inv.StockItem b WITH (NOLOCK) ON b.BinId = a.BinId AND b.ItemId IN (1, 2) FULL OUTER JOIN [inv].[StockItem] c ON [c].[ItemId] = [a].[ItemId]
INSERT Warehouse.inv.Bin (BinCode) VALUES (N'A4')
UPDATE a SET a.BinId = 0 FROM Warehouse.inv.StockItem a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b RIGHT JOIN "inv"."StockItem" c ON c.ItemId = a.ItemId AND c.ItemName = N'x'
UPDATE inv.Bin SET IsActive = 1 WHERE BinId = @BinId
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a, (SELECT ItemId, BinId FROM inv.Movement) b JOIN #Pending AS c ON b.ItemId = c.ItemId AND c.BinId = @BinId WHERE a.ItemId = @ItemId AND b.BinId > 0
IF @Flag = 1 BEGIN PRINT 'on' END ELSE BEGIN PRINT 'off' END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a, #Pending b LEFT MERGE JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c ON c.BinId = b.BinId AND c.ItemId IN (1, 2), Warehouse.inv.StockItem d OPTION (MAXDOP 1)
EXEC inv.usp_Bins 1, N'x'
SELECT a.ItemId FROM [dbo].[Movement] a WITH (NOLOCK) LEFT MERGE JOIN [StockItem] b ON [b].[ItemId] = [a].[ItemId] CROSS JOIN @Batch c
EXECUTE sp_executesql @Sql
SELECT a.ItemId FROM inv.fn_Levels(1) a RIGHT JOIN inv.fn_Levels(1) b ON a.ItemId = b.ItemId AND b.BinId = @BinId INNER HASH JOIN @Batch c ON c.ItemId = a.ItemId OR c.BinId IS NULL CROSS APPLY inv.fn_Levels(b.ItemId) d GROUP BY a.ItemId
CHECKPOINT
SELECT a.ItemId FROM sys.tables a RIGHT OUTER JOIN "inv"."StockItem" b ON a.ItemId = b.ItemId CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c FULL OUTER JOIN [StockItem] d ON d.ItemId = c.ItemId GROUP BY a.ItemId
USE Warehouse
UPDATE a SET a.BinId = 0 FROM #Pending a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b FULL JOIN #Pending AS c ON b.ItemId = c.ItemId AND c.BinId = @BinId CROSS JOIN StockItem d
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
SELECT a.ItemId FROM @Batch a CROSS JOIN "inv"."StockItem" b
CREATE ROLE BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM inv.StockItem AS a LEFT JOIN inv.fn_Levels(@ItemId) AS b ON b.BinId = a.BinId AND b.ItemId IN (1, 2) INNER HASH JOIN inv.fn_Levels(1) c ON (c.ItemId = a.ItemId) CROSS APPLY OPENJSON(@Payload) d
ALTER DATABASE CURRENT SET AUTO_UPDATE_STATISTICS ON
SELECT a.ItemId FROM inv.StockItem a WITH (NOLOCK) INNER JOIN [StockItem] b ON (b.ItemId = a.ItemId) RIGHT JOIN Warehouse.inv.StockItem c ON c.ItemId = a.ItemId JOIN (VALUES (1, 2), (3, 4)) AS d (ItemId, BinId) ON d.ItemId = b.ItemId OR d.BinId IS NULL
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
SELECT a.ItemId FROM inv.fn_Levels(1) a CROSS JOIN "inv"."StockItem" b INNER JOIN StockItem c ON (c.ItemId = b.ItemId) CROSS JOIN [StockItem] d
INSERT [inv].[Bin] ([BinCode]) VALUES (N'A3')
INSERT INTO #Out (ItemId) SELECT a.ItemId FROM [inv].[StockItem] AS [a] FULL JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON b.ItemId = a.ItemId AND b.ItemName = N'x' LEFT MERGE JOIN [inv].[StockItem] c ON (c.ItemId = b.ItemId) FULL OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) d ON d.ItemId = c.ItemId OR d.BinId IS NULL GROUP BY a.ItemId
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
UPDATE a SET a.BinId = 0 FROM dbo.Movement a FULL OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) AS b ON (b.ItemId = a.ItemId) CROSS JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c LEFT OUTER JOIN @Batch d ON [d].[ItemId] = [c].[ItemId]
SELECT CASE WHEN @Total > 0 THEN 1 END AS Positive
INSERT INTO #Out (ItemId) SELECT a.ItemId FROM @Batch a FULL JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON a.ItemId = b.ItemId AND b.BinId = @BinId CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) c
EXECUTE inv.usp_Bins
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM [inv].[StockItem] AS [a], Warehouse.inv.StockItem b RIGHT JOIN (VALUES (1, 2), (3, 4)) AS c (ItemId, BinId) ON c.ItemId = a.ItemId AND c.BinId = a.BinId FULL JOIN "inv"."StockItem" d ON d.ItemId = c.ItemId GROUP BY a.ItemId
UPDATE STATISTICS inv.Bin
DELETE a FROM (SELECT ItemId, BinId FROM inv.Movement) AS a JOIN sys.objects AS b ON b.ItemId = a.ItemId AND b.BinId = a.BinId CROSS JOIN [inv].[StockItem] c CROSS JOIN dbo.Movement d
WAITFOR DELAY @Delay
DELETE a FROM inv.StockItem AS a WITH (NOLOCK) RIGHT OUTER JOIN sys.objects AS b ON (b.ItemId = a.ItemId) CROSS JOIN "inv"."StockItem" c CROSS APPLY OPENJSON(@Payload) d
DISABLE TRIGGER tr_Bin ON inv.Bin
SELECT a.ItemId FROM @Batch a CROSS JOIN @Batch b, (VALUES (1, 2), (3, 4)) AS c (ItemId, BinId)
GOTO Done1056
UPDATE a SET a.BinId = 0 FROM inv.fn_Levels(@ItemId) AS a FULL JOIN inv.StockItem b WITH (NOLOCK) ON (b.ItemId = a.ItemId) LEFT MERGE JOIN (SELECT ItemId, BinId FROM inv.Movement) AS c ON c.[ItemId] = b.[ItemId] CROSS JOIN StockItem d
INSERT INTO @Batch (Id) SELECT BinId FROM inv.Bin
SELECT a.ItemId FROM #Pending AS a FULL OUTER JOIN sys.tables b ON b.ItemId = a.ItemId AND b.ItemName = N'x', Warehouse.inv.StockItem c
ALTER TABLE inv.Bin WITH NOCHECK ADD CONSTRAINT FK_Bin_Zone FOREIGN KEY (ZoneId) REFERENCES inv.Zone (ZoneId);
Done1056:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
INSERT INTO #Out (ItemId) SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a, (SELECT ItemId, BinId FROM inv.Movement) AS b LEFT JOIN @Batch c ON a.ItemId = c.ItemId AND c.BinId = @BinId CROSS APPLY inv.fn_Levels(c.ItemId) d
SET NOCOUNT ON
SELECT a.ItemId FROM inv.fn_Levels(1) a LEFT JOIN "inv"."StockItem" b ON a.ItemId = b.ItemId FULL OUTER JOIN [inv].[StockItem] AS [c] ON c.ItemId = b.ItemId AND c.ItemName = N'x' CROSS JOIN (VALUES (1, 2), (3, 4)) AS d (ItemId, BinId) GROUP BY a.ItemId
DELETE TOP (5) FROM inv.Bin
DELETE a FROM [dbo].[Movement] a WITH (NOLOCK), @Batch b
ROLLBACK TRAN
UPDATE a SET a.BinId = 0 FROM Warehouse.inv.StockItem a FULL OUTER JOIN StockItem b ON b.ItemId = a.ItemId OR b.BinId IS NULL RIGHT OUTER JOIN [dbo].[Movement] c WITH (NOLOCK) ON (c.ItemId = b.ItemId) FULL JOIN inv.fn_Levels(1) d ON d.ItemId = c.ItemId OR d.BinId IS NULL
COMMIT TRAN
DELETE a FROM dbo.Movement a, [inv].[StockItem] AS [b] LEFT MERGE JOIN [inv].[StockItem] AS [c] ON [c].[ItemId] = [b].[ItemId] CROSS JOIN "inv"."StockItem" d
DROP TYPE inv.BinList
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) AS a LEFT JOIN [StockItem] b ON b.ItemId = a.ItemId, sys.objects AS c OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = c.ItemId) d
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM @Batch a FULL OUTER JOIN @Batch b ON a.ItemId = b.ItemId AND b.BinId = @BinId FULL OUTER JOIN @Batch c ON a.ItemId = c.ItemId, [dbo].[Movement] d WITH (NOLOCK)
SET @Total = @Total + 1
SELECT a.ItemId FROM [inv].[StockItem] a INNER JOIN (VALUES (1, 2), (3, 4)) AS b (ItemId, BinId) ON (b.ItemId = a.ItemId) RIGHT JOIN StockItem c ON 1 = 1 RIGHT JOIN inv.StockItem d WITH (NOLOCK) ON [d].[ItemId] = [b].[ItemId]
RETURN
SELECT a.ItemId FROM sys.tables a CROSS JOIN #Pending b INNER JOIN [inv].[StockItem] AS [c] ON a.ItemId = c.ItemId AND c.BinId = @BinId FULL JOIN [inv].[StockItem] AS [d] ON b.ItemId = d.ItemId GROUP BY a.ItemId
UPDATE #Codes SET Code = N'' WHERE Code IS NULL
SELECT a.ItemId FROM @Batch a, [inv].[StockItem] b INNER HASH JOIN Warehouse.inv.StockItem c ON [c].[ItemId] = [b].[ItemId] FULL OUTER JOIN inv.StockItem d WITH (NOLOCK) ON (d.ItemId = b.ItemId)
BEGIN SET @Total = 0 END
SELECT a.ItemId FROM sys.objects AS a LEFT OUTER JOIN StockItem b ON (b.ItemId = a.ItemId) FULL JOIN "inv"."StockItem" c ON c.ItemId = b.ItemId AND c.ItemName = N'x' UNION ALL SELECT 1 FROM inv.Bin
DEALLOCATE bin_cur
SELECT a.ItemId FROM inv.StockItem AS a FULL JOIN inv.StockItem b ON b.ItemId = a.ItemId AND b.ItemName = N'x' OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) c JOIN #Pending d ON [d].[ItemId] = [c].[ItemId] UNION ALL SELECT 1 FROM inv.Bin
CREATE TABLE [inv].[Bin_New2] ([BinId] [int] NOT NULL)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM sys.tables a RIGHT JOIN inv.StockItem AS b ON a.ItemId = b.ItemId INNER JOIN #Pending AS c ON c.ItemId = b.ItemId FULL OUTER JOIN @Batch d ON d.ItemId = a.ItemId AND d.ItemName = N'x' GROUP BY a.ItemId
GOTO Done1071
SELECT a.ItemId FROM inv.StockItem AS a INNER JOIN StockItem b ON b.ItemId = a.ItemId AND b.BinId = 1 CROSS JOIN "inv"."StockItem" c
USE Warehouse
SELECT a.ItemId FROM [inv].[StockItem] AS [a] JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON (b.ItemId = a.ItemId) LEFT MERGE JOIN [inv].[StockItem] c ON a.ItemId = c.ItemId AND c.BinId = @BinId RIGHT JOIN inv.fn_Levels(@ItemId) AS d ON 1 = 1 UNION ALL SELECT 1 FROM inv.Bin
PRINT @Msg
SELECT a.ItemId FROM dbo.Movement a FULL OUTER JOIN sys.tables b ON (b.ItemId = a.ItemId) INNER HASH JOIN [inv].[StockItem] AS [c] ON c.ItemId = a.ItemId AND c.ItemName = N'x' LEFT OUTER JOIN inv.StockItem AS d WITH (NOLOCK) ON a.ItemId = d.ItemId UNION ALL SELECT 1 FROM inv.Bin
SELECT DISTINCT BinCode FROM inv.Bin
SELECT a.ItemId FROM [StockItem] a INNER JOIN inv.StockItem b WITH (NOLOCK) ON (b.ItemId = a.ItemId) RIGHT OUTER JOIN sys.objects AS c ON b.ItemId = c.ItemId LEFT JOIN dbo.Movement d ON d.ItemId = b.ItemId OR d.BinId IS NULL GROUP BY a.ItemId
DROP TABLE #Codes
UPDATE a SET a.BinId = 0 FROM inv.StockItem a WITH (NOLOCK) LEFT MERGE JOIN inv.StockItem b ON a.ItemId = b.ItemId OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) c
SET ANSI_WARNINGS OFF;
Done1071:
GO

SELECT a.ItemId FROM [inv].[StockItem] a OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = a.ItemId) b CROSS JOIN #Pending c
COMMIT
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a FULL JOIN @Batch b ON b.[ItemId] = a.[ItemId] CROSS JOIN [inv].[StockItem] c LEFT JOIN "inv"."StockItem" d ON a.ItemId = d.ItemId AND d.BinId = @BinId GROUP BY a.ItemId
TRUNCATE TABLE #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SELECT a.ItemId FROM (SELECT ItemId, BinId FROM inv.Movement) a RIGHT OUTER JOIN inv.fn_Levels(@ItemId) AS b ON (b.ItemId = a.ItemId) CROSS APPLY (SELECT TOP (1) m.Qty FROM inv.Movement m WHERE m.ItemId = a.ItemId ORDER BY m.Qty DESC) c GROUP BY a.ItemId
GOTO Done1084;
Done1084:
GO

INSERT INTO #Out (ItemId) SELECT a.ItemId FROM (VALUES (1, 2), (3, 4)) AS a (ItemId, BinId) INNER JOIN [StockItem] b ON b.[ItemId] = a.[ItemId] FULL JOIN Warehouse.inv.StockItem c ON (c.ItemId = b.ItemId) RIGHT JOIN [inv].[StockItem] d ON d.ItemId = c.ItemId GROUP BY a.ItemId
DELETE FROM #Codes
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
DELETE a FROM inv.StockItem AS a WITH (NOLOCK) INNER HASH JOIN [dbo].[Movement] b WITH (NOLOCK) ON b.ItemId = a.ItemId AND b.BinId = 1, dbo.Movement c
DROP PROCEDURE inv.usp_Old2
UPDATE a SET a.BinId = 0 FROM StockItem a INNER HASH JOIN inv.fn_Levels(1) b ON a.ItemId = b.ItemId AND b.BinId = @BinId INNER JOIN [StockItem] c ON a.ItemId = c.ItemId AND c.BinId = @BinId
CREATE STATISTICS st_Bin ON inv.Bin (BinCode)
UPDATE a SET a.BinId = 0 FROM inv.StockItem a WITH (NOLOCK) RIGHT OUTER JOIN (SELECT ItemId, BinId FROM inv.Movement) b ON a.ItemId = b.ItemId AND b.BinId = @BinId OUTER APPLY (SELECT COUNT(*) AS n FROM inv.Movement m WHERE m.ItemId = b.ItemId) c FULL JOIN "inv"."StockItem" d ON d.BinId = c.BinId AND d.ItemId IN (1, 2)
WAITFOR DELAY '00:00:05'
SELECT a.ItemId FROM inv.StockItem a WITH (NOLOCK) LEFT OUTER JOIN sys.tables b ON b.[ItemId] = a.[ItemId] CROSS JOIN [StockItem] c
EXEC sp_executesql @Sql
UPDATE a SET a.BinId = 0 FROM inv.fn_Levels(1) a LEFT JOIN sys.tables b ON b.ItemId = a.ItemId AND b.BinId = a.BinId FULL JOIN (VALUES (1, 2), (3, 4)) AS c (ItemId, BinId) ON [c].[ItemId] = [a].[ItemId]
BEGIN TRANSACTION
GO
