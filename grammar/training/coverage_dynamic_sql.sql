-- Training input for the parser's prediction snapshot: EXEC / EXECUTE argument forms and dynamic SQL.
-- Written for Preflight; not meant to be deployed.

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE msdb.dbo.sp_add_jobstep @p1 = @Result OUT, @p2 = [inv], @p3 = @ItemId
SET @Total = @Total + 1
EXEC @rc = inv.usp_Load @ItemId, @Result OUTPUT, @p1 = True, @p3 = -1
SET @Name = N'x'
EXEC @rc = inv.usp_Load Bins, N'x', DEFAULT, @p1 = @Result OUT, @p4 = Bins
SELECT BinId, BinCode FROM inv.Bin
EXECUTE master.dbo.xp_cmdshell @Result OUT, @Result OUT, @ItemId, @p2 = -1, @p3 = @ItemId
EXECUTE inv.usp_Bins
EXEC @rc = [inv].[usp_Load] NULL, Bins, @p1 = N'TABLE', @p3 = True
DECLARE @a142699 INT = 1
EXEC tSQLt.AssertEquals @Result OUTPUT, -1, @p1 = -1, @p2 = 'y'
IF @@ROWCOUNT = 0 RETURN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE sys.sp_addextendedproperty 'x', -1
INSERT INTO #Codes144258 (Code) VALUES ('x')
EXEC master.dbo.xp_cmdshell @p1 = $1.00, @p2 = @ItemId
SELECT @Total = SUM(Qty) FROM inv.StockItem
EXECUTE dbo.sp_rename @p1 = Bins, @p2 = @ItemId, @p3 = 0x01, @p4 = @Result OUT, @p5 = N'TABLE'
EXEC @rc = inv.usp_Bins
EXEC dbo.sp_rename DEFAULT, 'x', @Result OUTPUT, @p1 = [inv], @p3 = $1.00
RAISERROR (N'Bin %s', 16, 1, @Name)
EXEC usp_Load [inv], NULL, 0x01, @p3 = 1.5
IF @Total IS NULL SET @Total = 0
EXEC sp_configure Bins, DEFAULT, DEFAULT, @p3 = Bins, @p5 = 1
IF NOT EXISTS (SELECT 1 FROM inv.Bin WHERE BinId = 1) INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE sp_configure 1, @Result OUT, @p2 = 'y', @p4 = N'x'
SELECT * FROM inv.Bin
EXEC master.dbo.xp_cmdshell -1, [inv], @p1 = @Result OUT, @p3 = 0x01, @p5 = True
IF EXISTS (SELECT 1 FROM inv.Bin) PRINT 'bins'
EXEC sys.sp_addextendedproperty [inv], [inv], @p1 = -1, @p2 = @ItemId, @p4 = True
INSERT INTO inv.Bin (BinCode) VALUES (N'A1')
EXEC inv.usp_Load N'x', [inv], @ItemId
DROP TABLE IF EXISTS #Codes
EXECUTE usp_Load -1, @p1 = @Result OUT
UPDATE #Codes SET Code = N'' WHERE Code IS NULL
EXECUTE dbo.sp_rename @ItemId, 'x', 1.5, @ItemId
SET @Total += 1
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE dbo.sp_rename -1, 'x', @Result OUT, 1, @p1 = [inv]
SELECT @@ROWCOUNT AS Affected
EXEC ('SELECT ?', 1) AT LinkedSrv
INSERT inv.Bin SELECT * FROM #Bins
EXECUTE @rc = inv.usp_Load 1.5, 1.5, @Result OUT, NULL, @p2 = Bins
SELECT COUNT(*) FROM inv.Bin
EXEC inv.usp_Load Bins, Bins, @p1 = @Result OUT
WHILE (@i < 10) BEGIN SET @i = @i + 1 END
EXEC @rc = inv.usp_Load @Result OUTPUT, 'x', @p1 = 1, @p2 = [inv], @p3 = @ItemId
INSERT INTO #Codes144312 EXEC inv.usp_Codes
EXEC Warehouse.inv.usp_Load DEFAULT, @p2 = 1.5
WAITFOR DELAY '00:00:05'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC (@Sql + @Text)
DECLARE @a146033 TABLE (Id INT)
EXECUTE sp_configure Bins, @Result OUTPUT, 0, @p1 = True
DELETE b FROM inv.Bin b WHERE b.IsActive = 0
EXECUTE master.dbo.xp_cmdshell NULL, NULL, -1, @Result OUT, @Result OUT
COMMIT
EXEC sp_configure 1, 0x01, @p2 = @@SPID, @p3 = N'TABLE', @p4 = @ItemId
USE [Warehouse]
EXECUTE [inv].[usp_Load] @ItemId, @Result OUTPUT, [inv], 0x01, @p4 = [inv]
CREATE TYPE inv.BinList AS TABLE (BinId INT)
EXECUTE [dbo].[usp_Load] 1.5, [inv], @p1 = @ItemId, @p3 = $1.00, @p5 = Bins
CREATE USER BinReader WITHOUT LOGIN
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC Warehouse.inv.usp_Load 1.5, @p1 = DEFAULT, @p3 = True
COMMIT TRAN
EXEC inv.[usp_Load] 0x01, 1.5, 1, @p1 = @@SPID, @p4 = [inv]
BEGIN TRAN
EXEC dbo.sp_rename NULL, 'x', 1, @p1 = $1.00, @p2 = True
EXEC Warehouse.inv.usp_Bins
EXEC @rc = inv.usp_Load [inv], @p1 = @@SPID
FETCH NEXT FROM bin_cur INTO @BinId
EXEC sp_configure 0, N'x', @p3 = 0x01, @p4 = -1
EXECUTE inv.usp_Bins
EXECUTE [dbo].[usp_Load] [inv], 0, @p1 = @ItemId, @p2 = NULL, @p4 = N'TABLE'
ALTER DATABASE [Warehouse] SET MULTI_USER
GO

EXEC usp_Load [inv]
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE master.dbo.xp_cmdshell -1, NULL, @p2 = 'y', @p3 = True
GOTO Done881
EXEC dbo.sp_rename [inv], 0x01, 0x01, Bins
ALTER TABLE inv.Bin ENABLE TRIGGER ALL
EXEC msdb.dbo.sp_add_jobstep 0x01, NULL, @p3 = @Result OUT, @p4 = Bins
ENABLE TRIGGER ALL ON inv.Bin
EXEC dbo.sp_rename 0x01, @Result OUTPUT, @p1 = [inv], @p4 = Bins
DROP PROCEDURE inv.usp_Old2
EXEC master.dbo.xp_cmdshell 1.5, @Result OUT, [inv], DEFAULT, @p4 = @Result OUT
SELECT CAST(@Total AS INT) AS T
EXEC dbo.sp_rename [inv], @Result OUT, -1, 0, @p2 = DEFAULT
INSERT inv.Bin SELECT * FROM #Bins;
Done881:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC sp_configure 1.5, 0x01, @p1 = @ItemId, @p3 = [inv]
CREATE CLUSTERED INDEX CX_Codes ON #Codes (Code)
EXEC usp_Load 0x01, @p2 = @ItemId
TRUNCATE TABLE #Codes
EXEC sp_configure [inv]
DROP VIEW inv.vw_Old2
EXECUTE sp_configure Bins, 0x01, -1, NULL, @p2 = 1.5
SAVE TRAN BinSave
EXEC inv.[usp_Load] [inv], @ItemId, 0x01, [inv], @p1 = Bins
UPDATE @Batch SET Id = 0
EXECUTE dbo.sp_rename DEFAULT, Bins
CREATE STATISTICS st_Bin ON inv.Bin (BinCode)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC [dbo].[usp_Load] 1.5, [inv]
USE Warehouse
EXEC sp_configure 0x01, N'x', @p1 = -1, @p3 = N'TABLE', @p5 = -1
BEGIN PRINT 'x' END
EXECUTE sp_configure 1.5, DEFAULT, @p2 = NULL
UPDATE inv.Bin SET IsActive = 0
EXECUTE usp_Load [inv]
MERGE inv.Bin t USING (SELECT 1 AS BinId) s ON t.BinId = s.BinId WHEN MATCHED THEN DELETE;
EXEC @rc = inv.usp_Load 0x01, 0, 0x01, @p1 = $1.00, @p4 = True
WHILE @i < 10 SET @i += 1
EXEC @rc = inv.usp_Load @p1 = N'x', @p2 = Bins, @p3 = Bins, @p4 = 0x01
;WITH cte (Id) AS (SELECT 1) DELETE FROM inv.Bin WHERE BinId IN (SELECT Id FROM cte)
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC @Sql
INSERT INTO #Codes145446 EXEC inv.usp_Codes
EXEC [inv].[usp_Load] 0x01, DEFAULT, @p3 = 1.5
DELETE FROM @Batch
EXECUTE sp_configure 1.5, 0, 0x01, @p2 = True
EXEC sp_executesql @Sql
EXEC [dbo].[usp_Load] [inv]
DROP TABLE inv.Bin_Old
EXEC inv.usp_Load Bins, @Result OUT, 1.5, NULL, 0x01
EXECUTE (@Sql)
EXEC sp_configure -1, DEFAULT, @ItemId
MERGE INTO inv.Bin AS t USING #Bins AS s ON t.BinId = s.BinId WHEN NOT MATCHED THEN INSERT (BinCode) VALUES (s.BinCode);
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Load [inv], Bins, @p2 = True, @p4 = $1.00
COMMIT TRANSACTION
EXEC inv.[usp_Load] [inv]
DROP FUNCTION inv.fn_Old2
EXEC master.dbo.xp_cmdshell DEFAULT, @Result OUTPUT, 0x01, @p3 = 1.5
BULK INSERT inv.Bin FROM 'D:\load\bins.csv' WITH (FIELDTERMINATOR = ',')
EXECUTE master.dbo.xp_cmdshell [inv], 1.5, @p3 = @Result OUT
DECLARE bin_cur143291 CURSOR FOR SELECT BinId FROM inv.Bin
EXECUTE sp_configure DEFAULT, 0x01
ALTER INDEX ALL ON inv.Bin REBUILD
EXEC sp_configure DEFAULT, Bins, @p3 = N'TABLE'
BACKUP LOG Warehouse TO DISK = N'D:\backup\wh.trn'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE master.dbo.xp_cmdshell [inv], @Result OUTPUT, @p2 = $1.00, @p3 = True
SET NOCOUNT ON
EXEC @rc = inv.usp_Load 0x01
DELETE FROM inv.Bin WHERE BinId = @BinId
EXEC @rc = [inv].[usp_Load] 1.5, DEFAULT
WHILE @@FETCH_STATUS = 0 FETCH NEXT FROM bin_cur INTO @BinId
EXECUTE Warehouse.inv.usp_Load DEFAULT, [inv]
CREATE NONCLUSTERED INDEX IX_Bin2 ON inv.Bin (BinCode)
EXEC sp_configure 0x01, 0x01, @p1 = DEFAULT, @p2 = N'TABLE', @p3 = DEFAULT
DROP TYPE inv.BinList
EXECUTE usp_Load [inv], -1, @p2 = [inv]
SELECT TOP 10 BinId FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC @rc = [inv].[usp_Load] [inv]
SELECT Total = @Total
EXEC sys.sp_addextendedproperty [inv]
SELECT 'x' AS Tag
EXEC dbo.sp_rename 1.5, 'x', @p3 = N'x'
REVOKE SELECT ON inv.Bin FROM BinRole
EXEC [inv].[usp_Load] -1, -1, 1.5, @p2 = 'y'
CREATE ROLE BinRole
EXECUTE [inv].[usp_Load] [inv]
SELECT CONVERT(INT, @Total)
EXEC usp_Load 0x01, -1
DENY UPDATE ON inv.Bin TO BinRole
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC usp_Load Bins, NULL
DROP PROC inv.usp_Old2
EXECUTE tSQLt.AssertEquals -1, 0x01, @p1 = @@SPID
ALTER ROLE BinRole ADD MEMBER BinReader
EXECUTE [inv].[usp_Load] DEFAULT, NULL, NULL, @p4 = @Result OUT
CREATE SYNONYM inv.Bins FOR inv.Bin
EXEC msdb.dbo.sp_add_jobstep Bins
EXECUTE [inv].[usp_Bins] @BinId = 1
EXEC Warehouse.inv.usp_Load 1.5, @ItemId, 0, [inv], @p5 = 'y'
SELECT DISTINCT BinCode FROM inv.Bin
EXEC usp_Load DEFAULT, @p1 = [inv]
DELETE TOP (5) FROM inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC dbo.sp_rename DEFAULT, 1, [inv], @p3 = [inv]
BEGIN TRY SET @Total = 1 END TRY BEGIN CATCH PRINT ERROR_MESSAGE() END CATCH
EXEC usp_Load -1, Bins
SELECT GETDATE() AS Now
EXEC dbo.sp_rename [inv]
SELECT [BinId] FROM [inv].[Bin]
EXEC dbo.sp_rename [inv], 'x'
EXEC sp_executesql @Sql, N'@b INT', @b = 1
EXECUTE dbo.sp_rename NULL, Bins
CREATE INDEX IX_Bin ON inv.Bin (BinCode)
EXEC usp_Load 1.5, @p1 = N'x', @p2 = 'y', @p4 = 0x01, @p5 = True
BEGIN TRANSACTION
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE dbo.sp_rename Bins, @p1 = True, @p2 = Bins
ALTER SEQUENCE inv.BinSeq RESTART WITH 1
EXEC sys.sp_addextendedproperty 0x01, 1.5
SELECT * INTO #Snap143943 FROM inv.Bin
EXEC inv.usp_Load Bins
DBCC CHECKIDENT (N'inv.Bin', RESEED)
EXEC inv.usp_Load [inv], 'x', @p1 = DEFAULT, @p3 = @ItemId
SET ANSI_WARNINGS OFF
EXEC [inv].[usp_Load] 1.5
CREATE TABLE inv.Bin_New (BinId INT NOT NULL PRIMARY KEY)
EXEC usp_Load NULL, @p2 = N'TABLE'
DISABLE TRIGGER tr_Bin ON inv.Bin
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE sys.sp_addextendedproperty 0x01, [inv], 1, @p2 = Bins
COMMIT
EXECUTE @rc = [inv].[usp_Load] 1.5
ROLLBACK TRAN
EXECUTE usp_Load NULL, 1.5, @p1 = $1.00, @p2 = [inv]
WHILE @i < 10 SET @i += 1
EXEC sys.sp_addextendedproperty 0x01, @ItemId
INSERT Warehouse.inv.Bin (BinCode) VALUES (N'A4')
EXECUTE usp_Load 0x01
RAISERROR('x', 16, 1)
EXEC sys.sp_addextendedproperty 1.5, -1, @p2 = @Result OUT, @p4 = Bins
SET @Stamp = GETDATE()
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE inv.[usp_Load] 1.5, 1.5
DECLARE @a142422 INT = 1
EXEC Warehouse.inv.usp_Load 0x01, Bins, @p1 = N'x', @p2 = @Result OUTPUT, @p4 = 1.5
GOTO Done949
EXECUTE master.dbo.xp_cmdshell -1, 1, 'x', @p2 = [inv], @p3 = [inv]
DECLARE bin_cur142872 CURSOR FOR SELECT BinId FROM inv.Bin
EXECUTE usp_Load Bins
RAISERROR (N'Bin %s', 16, 1, @Name)
EXECUTE @rc = inv.usp_Load [inv]
UPDATE b SET b.IsActive = 0 FROM inv.Bin b WHERE b.BinId = 1
EXEC msdb.dbo.sp_add_jobstep 0x01, @ItemId
ALTER TABLE inv.Bin DROP COLUMN Zone;
Done949:
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC @rc = inv.usp_Load [inv]
SELECT BinId, BinCode FROM inv.Bin
EXECUTE usp_Load 0x01
UPDATE @Batch SET Id = 0
EXEC [inv].[usp_Load] [inv]
SELECT * FROM inv.Bin
EXECUTE inv.[usp_Load] 1.5, Bins, @p2 = $1.00, @p3 = DEFAULT, @p5 = 0x01
ALTER TABLE inv.Bin WITH NOCHECK ADD CONSTRAINT FK_Bin_Zone FOREIGN KEY (ZoneId) REFERENCES inv.Zone (ZoneId)
EXEC usp_Load Bins
BEGIN PRINT 'x' END
EXEC master.dbo.xp_cmdshell 1.5
BEGIN SET @Total = 0 END
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE master.dbo.xp_cmdshell Bins, [inv]
ALTER TABLE inv.Bin WITH NOCHECK ADD CONSTRAINT FK_Bin_Zone FOREIGN KEY (ZoneId) REFERENCES inv.Zone (ZoneId)
EXEC usp_Load @Result OUT, [inv]
IF (@Total > 0) SET @Flag = 1
EXEC tSQLt.AssertEquals 1.5, @Result OUTPUT, @Result OUT, @p1 = 1.5, @p4 = 0x01
DECLARE @a144871 INT = 1
EXEC Warehouse.inv.usp_Load 0x01
CREATE SYNONYM inv.Bins FOR inv.Bin
EXEC sp_configure 1.5
SET @Total = (SELECT COUNT(*) FROM inv.Bin)
EXEC msdb.dbo.sp_add_jobstep 0x01, DEFAULT
SELECT [BinId] FROM [inv].[Bin]
GO

EXEC usp_Load [inv]
SELECT N'x'
GO

DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC @rc = [inv].[usp_Load] 1.5, 'x'
CREATE ROLE BinRole
GO

EXECUTE Warehouse.inv.usp_Load [inv]
USE Warehouse
GO
