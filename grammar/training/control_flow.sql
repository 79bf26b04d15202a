-- Training input for the parser's prediction snapshot (variables, IF/WHILE, cursors, dynamic SQL, EXEC, transactions).
-- Written for Preflight; not meant to be deployed.

-- DECLARE forms
DECLARE @i INT;
DECLARE @j INT = 0, @k BIGINT = 10, @name NVARCHAR(128) = N'start';
DECLARE @when DATETIME2(7) = SYSDATETIME(), @today DATE = CAST(GETDATE() AS DATE);
DECLARE @price DECIMAL(19, 4), @flag BIT = 1, @guid UNIQUEIDENTIFIER = NEWID();
DECLARE @blob VARBINARY(MAX), @doc XML, @json NVARCHAR(MAX) = N'[]';
declare @lower int = 1
declare @sql NVARCHAR(MAX), @params NVARCHAR(4000);
DECLARE @rows TABLE (Id INT NOT NULL PRIMARY KEY, Label NVARCHAR(50) NULL, Qty INT DEFAULT 0, INDEX IX_Label (Label));
DECLARE @typed AS shop.OrderLineType;
DECLARE @cur CURSOR;
GO

-- SET and SELECT assignment
DECLARE @total DECIMAL(19, 4), @count INT, @first NVARCHAR(200), @last NVARCHAR(200);
SET @total = 0;
SET @count = (SELECT COUNT(*) FROM shop.Customer);
SELECT @total = SUM(SubTotal) FROM shop.OrderHeader WHERE Status <> 9;
SELECT @first = MIN(DisplayName), @last = MAX(DisplayName) FROM shop.Customer;
SELECT TOP (1) @first = DisplayName FROM shop.Customer ORDER BY CreatedAt;
SELECT @count = @count + 1, @total = ISNULL(@total, 0);
SET @first = COALESCE(@first, N'') + N' .. ' + COALESCE(@last, N'');
SELECT @total AS Total, @count AS Cnt, @first AS Range;
GO

-- IF / ELSE nesting
DECLARE @mode VARCHAR(10) = 'full', @rc INT = 0;

IF @mode = 'full'
    PRINT 'Full run';
ELSE
    PRINT 'Partial run';

IF @mode IN ('full', 'delta')
BEGIN
    IF EXISTS (SELECT 1 FROM dbo.ImportStaging)
    BEGIN
        PRINT 'Staging has rows';
        IF (SELECT COUNT(*) FROM dbo.ImportStaging) > 1000
            PRINT 'Large batch';
        ELSE IF (SELECT COUNT(*) FROM dbo.ImportStaging) > 100
            PRINT 'Medium batch';
        ELSE
        BEGIN
            PRINT 'Small batch';
            SET @rc = 1;
        END
    END
    ELSE
        SET @rc = 2;
END
ELSE IF @mode = 'verify'
BEGIN
    SELECT COUNT(*) FROM dbo.ImportStaging;
END
ELSE
BEGIN
    RAISERROR('Unknown mode %s', 16, 1, @mode);
    RETURN;
END

if @rc = 0 begin print 'ok' end else begin print 'rc=' + cast(@rc as varchar(5)) end

IF NOT (@rc > 0 OR @mode IS NULL) AND @@ERROR = 0
    SELECT 'no errors' AS Result;
GO

-- WHILE with BREAK / CONTINUE
DECLARE @n INT = 0, @odd INT = 0;
WHILE @n < 100
BEGIN
    SET @n = @n + 1;
    IF @n % 2 = 0
        CONTINUE;
    IF @n > 50
        BREAK;
    SET @odd += 1;
END
PRINT CONCAT('odd numbers below 50: ', @odd);
GO

DECLARE @id INT = 0;
WHILE 1 = 1
BEGIN
    SELECT TOP (1) @id = CustomerId FROM shop.Customer WHERE CustomerId > @id ORDER BY CustomerId;
    IF @@ROWCOUNT = 0 BREAK;

    EXEC shop.usp_GetCustomer @CustomerId = @id;
END
GO

WHILE EXISTS (SELECT 1 FROM dbo.ImportStaging WHERE RawLine IS NULL)
    DELETE TOP (100) FROM dbo.ImportStaging WHERE RawLine IS NULL;
GO

-- GOTO and labels
DECLARE @attempt INT = 0;
retry:
SET @attempt = @attempt + 1;
BEGIN TRY
    UPDATE logistics.StockLevel SET Reserved = Reserved WHERE WarehouseId = 1;
END TRY
BEGIN CATCH
    IF ERROR_NUMBER() = 1205 AND @attempt < 3
    BEGIN
        WAITFOR DELAY '00:00:00.500';
        GOTO retry;
    END;
    THROW;
END CATCH
IF @attempt > 1 GOTO report;
PRINT 'first attempt succeeded';
report:
PRINT 'attempts: ' + CAST(@attempt AS VARCHAR(3));
GO

-- WAITFOR
WAITFOR DELAY '00:00:05';
WAITFOR TIME '23:30';
DECLARE @delay CHAR(8) = '00:00:02';
WAITFOR DELAY @delay;
GO

-- Cursors
DECLARE @CustomerId INT, @DisplayName NVARCHAR(200);

DECLARE customer_cursor CURSOR LOCAL FAST_FORWARD FOR
    SELECT CustomerId, DisplayName
    FROM shop.Customer
    WHERE IsActive = 1
    ORDER BY CustomerId;

OPEN customer_cursor;
FETCH NEXT FROM customer_cursor INTO @CustomerId, @DisplayName;

WHILE @@FETCH_STATUS = 0
BEGIN
    PRINT CONCAT(@CustomerId, ' - ', @DisplayName);
    FETCH NEXT FROM customer_cursor INTO @CustomerId, @DisplayName;
END

CLOSE customer_cursor;
DEALLOCATE customer_cursor;
GO

DECLARE @tbl SYSNAME, @schema SYSNAME, @stmt NVARCHAR(MAX);
DECLARE tables_cur CURSOR STATIC READ_ONLY FORWARD_ONLY FOR
SELECT s.name, t.name FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name IN (N'shop', N'billing');
OPEN tables_cur
FETCH NEXT FROM tables_cur INTO @schema, @tbl
WHILE (@@FETCH_STATUS <> -1)
BEGIN
    IF (@@FETCH_STATUS <> -2)
    BEGIN
        SET @stmt = N'UPDATE STATISTICS ' + QUOTENAME(@schema) + N'.' + QUOTENAME(@tbl) + N' WITH FULLSCAN;';
        EXEC (@stmt);
    END
    FETCH NEXT FROM tables_cur INTO @schema, @tbl
END
CLOSE tables_cur
DEALLOCATE tables_cur
GO

DECLARE scroll_cur CURSOR GLOBAL SCROLL KEYSET OPTIMISTIC TYPE_WARNING FOR
    SELECT ProductId, UnitPrice FROM shop.Product;
OPEN scroll_cur;
DECLARE @pid INT, @up MONEY;
FETCH FIRST FROM scroll_cur INTO @pid, @up;
FETCH LAST FROM scroll_cur INTO @pid, @up;
FETCH PRIOR FROM scroll_cur INTO @pid, @up;
FETCH ABSOLUTE 3 FROM scroll_cur INTO @pid, @up;
FETCH RELATIVE -1 FROM scroll_cur INTO @pid, @up;
FETCH scroll_cur;
CLOSE scroll_cur;
DEALLOCATE scroll_cur;
GO

DECLARE upd_cur CURSOR DYNAMIC FOR
    SELECT OrderId, Status FROM shop.OrderHeader WHERE Status = 0
    FOR UPDATE OF Status;
OPEN upd_cur;
DECLARE @oid BIGINT, @st TINYINT;
FETCH NEXT FROM upd_cur INTO @oid, @st;
WHILE @@FETCH_STATUS = 0
BEGIN
    UPDATE shop.OrderHeader SET Status = 1 WHERE CURRENT OF upd_cur;
    FETCH NEXT FROM upd_cur INTO @oid, @st;
END;
CLOSE upd_cur;
DEALLOCATE upd_cur;
GO

DECLARE @c CURSOR;
SET @c = CURSOR LOCAL FAST_FORWARD FOR SELECT WarehouseId FROM logistics.Warehouse;
OPEN @c;
DECLARE @wh SMALLINT;
FETCH NEXT FROM @c INTO @wh;
WHILE @@FETCH_STATUS = 0
BEGIN
    EXEC logistics.usp_Recount @WarehouseId = @wh;
    FETCH NEXT FROM @c INTO @wh;
END
CLOSE @c;
DEALLOCATE @c;
GO

DECLARE legacy_cursor INSENSITIVE SCROLL CURSOR FOR SELECT DepartmentCode FROM hr.Department FOR READ ONLY;
OPEN legacy_cursor;
CLOSE legacy_cursor;
DEALLOCATE legacy_cursor;
GO

-- EXEC forms
EXEC shop.usp_GetCustomer 1;
EXEC shop.usp_GetCustomer @CustomerId = 1, @IncludeAddresses = 1;
EXECUTE shop.usp_GetCustomer @CustomerId = 2;
exec dbo.usp_Ping
GO
shop.usp_GetCustomer 3
GO
DECLARE @total INT, @ret INT;
EXEC @ret = shop.usp_SearchCustomers @Name = N'acme', @PageSize = 25, @TotalRows = @total OUTPUT;
EXEC shop.usp_SearchCustomers N'blue', NULL, 1, 1, 10, @total OUT;
EXEC shop.usp_SearchCustomers @Name = DEFAULT, @OnlyActive = 0;
EXEC [shop].[usp_GetCustomer] @CustomerId = 4 WITH RECOMPILE;
EXEC Preflight_Train.shop.usp_GetCustomer @CustomerId = 5;
EXEC ArchiveServer.ShopArchive.dbo.sp_executesql N'SELECT 1';
EXEC ('SELECT 1 AS FromRemote') AT ArchiveServer;
EXEC master.dbo.sp_configure 'show advanced options', 1;
RECONFIGURE;
RECONFIGURE WITH OVERRIDE;
GO
DECLARE @procName SYSNAME = N'shop.usp_GetCustomer';
EXEC @procName @CustomerId = 1;
GO

EXEC shop.usp_GetCustomer @CustomerId = 1
WITH RESULT SETS
(
    (CustomerId INT, CustomerCode VARCHAR(20), DisplayName NVARCHAR(200), Email NVARCHAR(320), CreditLimit DECIMAL(18, 2))
);
GO

EXECUTE AS USER = 'report_reader';
SELECT USER_NAME() AS RunningAs;
REVERT;
EXECUTE AS LOGIN = N'svc_deploy';
REVERT;
EXECUTE AS CALLER;
REVERT;
GO

-- Dynamic SQL
DECLARE @sql NVARCHAR(MAX), @params NVARCHAR(500), @cid INT = 7, @cnt INT;

SET @sql = N'SELECT @cntOut = COUNT(*) FROM shop.OrderHeader WHERE CustomerId = @custId;';
SET @params = N'@custId INT, @cntOut INT OUTPUT';
EXEC sys.sp_executesql @sql, @params, @custId = @cid, @cntOut = @cnt OUTPUT;
PRINT @cnt;

EXEC sp_executesql N'SELECT * FROM shop.Customer WHERE CustomerId = @p1 AND IsActive = @p2', N'@p1 INT, @p2 BIT', @p1 = 1, @p2 = 1;
EXEC sp_executesql @stmt = N'SELECT DB_NAME() AS db';
EXECUTE sp_executesql @sql, N'@custId INT, @cntOut INT OUTPUT', @cid, @cnt OUT;
GO

DECLARE @table SYSNAME = N'Customer', @col SYSNAME = N'DisplayName', @cmd NVARCHAR(MAX);
SET @cmd = N'SELECT TOP (10) ' + QUOTENAME(@col) + N' FROM shop.' + QUOTENAME(@table) + N' ORDER BY 1;';
EXEC (@cmd);
EXECUTE (N'SELECT ' + N'1 AS One');
EXEC('PRINT ''dynamic''');
EXEC (@cmd + N' -- suffix');
GO

DECLARE @ddl NVARCHAR(MAX) = N'';
SELECT @ddl += N'ALTER INDEX ALL ON ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name) + N' REBUILD;' + CHAR(13) + CHAR(10)
FROM sys.tables t
INNER JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE t.is_ms_shipped = 0;
PRINT @ddl;
EXEC sp_executesql @ddl;
GO

-- Transactions
BEGIN TRANSACTION;
UPDATE shop.Customer SET IsActive = 1 WHERE CustomerId = 3;
IF @@ERROR <> 0
BEGIN
    ROLLBACK TRANSACTION;
    RETURN;
END
COMMIT TRANSACTION;
GO

BEGIN TRAN;
    SAVE TRAN before_delete;
    DELETE FROM dbo.ImportStaging WHERE LineNo < 0;
    IF @@ROWCOUNT > 10
        ROLLBACK TRAN before_delete;
COMMIT TRAN;
GO

BEGIN TRANSACTION UpdatePrices WITH MARK 'price update 2024';
UPDATE shop.Product SET UnitPrice = UnitPrice * 1.03 WHERE DiscontinuedOn IS NULL;
COMMIT TRANSACTION UpdatePrices;
GO

begin tran
update dbo.Setting set [Value] = N'1' where [Key] = 'maintenance'
commit
GO

BEGIN DISTRIBUTED TRANSACTION;
UPDATE ArchiveServer.ShopArchive.shop.Customer SET IsActive = 0 WHERE CustomerId = 1;
COMMIT WORK;
GO

BEGIN TRAN;
DELETE FROM dbo.AuditLog WHERE 1 = 0;
ROLLBACK WORK;
GO

SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
SET TRANSACTION ISOLATION LEVEL SNAPSHOT;
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
GO

-- Session SET options
SET NOCOUNT ON;
SET XACT_ABORT ON;
SET ANSI_WARNINGS ON;
SET ARITHABORT ON;
SET CONCAT_NULL_YIELDS_NULL ON;
SET NUMERIC_ROUNDABORT OFF;
SET ANSI_PADDING ON;
SET DATEFORMAT ymd;
SET DATEFIRST 1;
SET LANGUAGE us_english;
SET LOCK_TIMEOUT 5000;
SET DEADLOCK_PRIORITY LOW;
SET ROWCOUNT 0;
SET STATISTICS IO ON;
SET STATISTICS TIME OFF;
SET STATISTICS XML OFF;
SET SHOWPLAN_XML OFF;
SET IMPLICIT_TRANSACTIONS OFF;
SET CONTEXT_INFO 0x01;
SET NOEXEC OFF;
SET PARSEONLY OFF;
SET FMTONLY OFF;
SET TEXTSIZE 2147483647;
SET ANSI_NULL_DFLT_ON ON;
SET QUOTED_IDENTIFIER, ANSI_NULLS ON;
GO

EXEC sys.sp_set_session_context @key = N'tenant', @value = 42, @read_only = 0;
GO

-- Temp tables inside control flow
IF OBJECT_ID('tempdb..#queue') IS NOT NULL
    DROP TABLE #queue;
CREATE TABLE #queue (Id INT IDENTITY(1,1) PRIMARY KEY, Payload NVARCHAR(400) NOT NULL, Done BIT NOT NULL DEFAULT 0);
INSERT #queue (Payload) SELECT TOP (10) DisplayName FROM shop.Customer;
DECLARE @qid INT, @payload NVARCHAR(400);
WHILE EXISTS (SELECT 1 FROM #queue WHERE Done = 0)
BEGIN
    SELECT TOP (1) @qid = Id, @payload = Payload FROM #queue WHERE Done = 0 ORDER BY Id;
    BEGIN TRY
        PRINT N'processing ' + @payload;
        UPDATE #queue SET Done = 1 WHERE Id = @qid;
    END TRY
    BEGIN CATCH
        PRINT ERROR_MESSAGE();
        UPDATE #queue SET Done = 1, Payload = LEFT(ERROR_MESSAGE(), 400) WHERE Id = @qid;
    END CATCH
END
DROP TABLE #queue;
GO

-- RETURN in batch, semicolons before WITH and THROW
IF DB_NAME() = N'master'
BEGIN
    PRINT 'Refusing to run in master';
    RETURN;
END;
;WITH x AS (SELECT 1 AS a) SELECT a FROM x;
;THROW 50100, 'stop here', 1;
GO

-- Blocks without semicolons at all
DECLARE @v INT SET @v = 1 IF @v = 1 BEGIN SELECT 'one' END ELSE BEGIN SELECT 'other' END
WHILE @v < 3 BEGIN SET @v = @v + 1 PRINT @v END
GO

-- Printing and checkpoints
PRINT 'plain';
PRINT N'unicode';
PRINT 42;
PRINT @@SERVERNAME;
CHECKPOINT;
DBCC CHECKDB WITH NO_INFOMSGS;
DBCC FREEPROCCACHE;
DBCC SHRINKFILE (N'Preflight_Train_log', 256);
DBCC CHECKIDENT ('shop.Customer', RESEED, 1000);
DBCC INPUTBUFFER (@@SPID);
DBCC SQLPERF (LOGSPACE);
DBCC TRACEON (3604, -1);
GO
KILL 72;
GO
