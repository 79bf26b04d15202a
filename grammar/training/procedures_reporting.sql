-- Training input for the parser's prediction snapshot (long reporting and diagnostic procedures: DMVs, dynamic SQL, XML namespaces).
-- Written for Preflight; not meant to be deployed.

SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID('dbo.usp_ShopHealthCheck') IS NULL
    EXEC ('CREATE PROCEDURE dbo.usp_ShopHealthCheck AS RETURN 0;');
GO

ALTER PROCEDURE dbo.usp_ShopHealthCheck
    @DatabaseName   SYSNAME = NULL,
    @MinFragPercent DECIMAL(5, 2) = 30.0,
    @Top            INT = 20,
    @OutputTable    NVARCHAR(256) = NULL,
    @Debug          BIT = 0,
    @Help           TINYINT = 0,
    @VersionDate    DATETIME = NULL OUTPUT
WITH RECOMPILE
AS
SET NOCOUNT ON;
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;

SELECT @VersionDate = '20240601';

IF @Help = 1
BEGIN
    PRINT '
usp_ShopHealthCheck reports index fragmentation, missing indexes, open
transactions and large tables for the shop database.

Parameters:
  @DatabaseName    database to inspect (default: current)
  @MinFragPercent  lowest fragmentation to report
  @Top             rows per section
';
    RETURN;
END;

DECLARE @sql NVARCHAR(MAX) = N'',
        @crlf NCHAR(2) = NCHAR(13) + NCHAR(10),
        @msg NVARCHAR(4000),
        @start DATETIME2 = SYSDATETIME(),
        @productVersion NVARCHAR(128) = CAST(SERVERPROPERTY('ProductVersion') AS NVARCHAR(128)),
        @majorVersion INT,
        @isAzure BIT = CASE WHEN SERVERPROPERTY('EngineEdition') IN (5, 8) THEN 1 ELSE 0 END,
        @offset INT = 1;

SET @majorVersion = PARSENAME(CONVERT(VARCHAR(32), @productVersion), 4);
IF @DatabaseName IS NULL SET @DatabaseName = DB_NAME();

IF DB_ID(@DatabaseName) IS NULL
BEGIN
    SET @msg = N'Database ' + QUOTENAME(@DatabaseName) + N' does not exist.';
    RAISERROR(@msg, 16, 1);
    RETURN -1;
END;

IF OBJECT_ID('tempdb..#Findings') IS NOT NULL DROP TABLE #Findings;
CREATE TABLE #Findings
(
    FindingId INT IDENTITY(1, 1) PRIMARY KEY CLUSTERED,
    Priority TINYINT NOT NULL,
    Category VARCHAR(50) NOT NULL,
    Finding NVARCHAR(200) NOT NULL,
    ObjectName NVARCHAR(512) NULL,
    Details NVARCHAR(MAX) NULL,
    Url VARCHAR(200) NULL
);
CREATE INDEX IX_Findings_Priority ON #Findings (Priority, Category);

/* Section 1: fragmented indexes */
SET @sql = N'USE ' + QUOTENAME(@DatabaseName) + N';
INSERT INTO #Findings (Priority, Category, Finding, ObjectName, Details)
SELECT TOP (@topIn)
       50,
       ''Indexes'',
       N''Fragmented index'',
       QUOTENAME(s.name) + N''.'' + QUOTENAME(o.name) + N''.'' + QUOTENAME(i.name),
       N''Fragmentation '' + CONVERT(NVARCHAR(20), CAST(ps.avg_fragmentation_in_percent AS DECIMAL(5, 2))) + N''% over ''
           + CONVERT(NVARCHAR(20), ps.page_count) + N'' pages''
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, ''LIMITED'') ps
INNER JOIN sys.indexes i ON i.object_id = ps.object_id AND i.index_id = ps.index_id
INNER JOIN sys.objects o ON o.object_id = i.object_id
INNER JOIN sys.schemas s ON s.schema_id = o.schema_id
WHERE ps.avg_fragmentation_in_percent >= @fragIn
  AND ps.page_count > 1000
  AND o.is_ms_shipped = 0
ORDER BY ps.avg_fragmentation_in_percent DESC;';

IF @Debug = 1
BEGIN
    WHILE @offset <= LEN(@sql)
    BEGIN
        PRINT SUBSTRING(@sql, @offset, 4000);
        SET @offset = @offset + 4000;
    END;
END;

EXEC sys.sp_executesql @sql, N'@topIn INT, @fragIn DECIMAL(5, 2)', @topIn = @Top, @fragIn = @MinFragPercent;

/* Section 2: missing indexes */
INSERT INTO #Findings (Priority, Category, Finding, ObjectName, Details)
SELECT TOP (@Top)
       CASE WHEN migs.avg_user_impact > 80 THEN 10 WHEN migs.avg_user_impact > 50 THEN 30 ELSE 70 END,
       'Indexes',
       N'Missing index',
       mid.statement,
       N'Equality: ' + ISNULL(mid.equality_columns, N'-') +
       N'; inequality: ' + ISNULL(mid.inequality_columns, N'-') +
       N'; include: ' + ISNULL(mid.included_columns, N'-') +
       N'; impact ' + CAST(CAST(migs.avg_user_impact AS INT) AS NVARCHAR(10)) + N'%'
FROM sys.dm_db_missing_index_group_stats AS migs
INNER JOIN sys.dm_db_missing_index_groups AS mig ON migs.group_handle = mig.index_group_handle
INNER JOIN sys.dm_db_missing_index_details AS mid ON mig.index_handle = mid.index_handle
WHERE mid.database_id = DB_ID(@DatabaseName)
ORDER BY migs.avg_total_user_cost * migs.avg_user_impact * (migs.user_seeks + migs.user_scans) DESC;

/* Section 3: long-running open transactions */
INSERT INTO #Findings (Priority, Category, Finding, ObjectName, Details)
SELECT 5,
       'Transactions',
       N'Open transaction older than 5 minutes',
       s.login_name + N'@' + ISNULL(s.host_name, N'?'),
       N'Session ' + CAST(s.session_id AS NVARCHAR(10)) + N' began at ' + CONVERT(NVARCHAR(30), at.transaction_begin_time, 120)
           + N'; last statement: ' + LEFT(ISNULL(t.text, N''), 500)
FROM sys.dm_tran_active_transactions at
INNER JOIN sys.dm_tran_session_transactions st ON st.transaction_id = at.transaction_id
INNER JOIN sys.dm_exec_sessions s ON s.session_id = st.session_id
LEFT JOIN sys.dm_exec_connections c ON c.session_id = s.session_id
OUTER APPLY sys.dm_exec_sql_text(c.most_recent_sql_handle) t
WHERE at.transaction_begin_time < DATEADD(MINUTE, -5, GETDATE())
  AND s.is_user_process = 1;

/* Section 4: biggest tables */
;WITH sizes AS
(
    SELECT OBJECT_SCHEMA_NAME(p.object_id, DB_ID(@DatabaseName)) AS SchemaName,
           OBJECT_NAME(p.object_id, DB_ID(@DatabaseName)) AS TableName,
           SUM(CASE WHEN p.index_id IN (0, 1) THEN p.row_count ELSE 0 END) AS RowCnt,
           SUM(p.reserved_page_count) * 8 / 1024.0 AS ReservedMb
    FROM sys.dm_db_partition_stats p
    GROUP BY p.object_id
)
INSERT INTO #Findings (Priority, Category, Finding, ObjectName, Details)
SELECT TOP (@Top) 100, 'Size', N'Large table', QUOTENAME(SchemaName) + N'.' + QUOTENAME(TableName),
       FORMAT(RowCnt, 'N0') + N' rows, ' + FORMAT(ReservedMb, 'N1') + N' MB'
FROM sizes
WHERE ReservedMb > 1024
ORDER BY ReservedMb DESC;

/* Section 5: plan cache warnings, with XML namespaces */
IF @isAzure = 0 AND @majorVersion >= 13
BEGIN
    WITH XMLNAMESPACES ('http://schemas.microsoft.com/sqlserver/2004/07/showplan' AS p)
    INSERT INTO #Findings (Priority, Category, Finding, ObjectName, Details)
    SELECT TOP (@Top)
           40,
           'Plans',
           N'Implicit conversion in cached plan',
           OBJECT_NAME(qp.objectid, qp.dbid),
           qp.query_plan.value('(//p:ConvertIssue/@Expression)[1]', 'NVARCHAR(4000)')
    FROM sys.dm_exec_cached_plans cp
    CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) qp
    WHERE qp.dbid = DB_ID(@DatabaseName)
      AND qp.query_plan.exist('//p:PlanAffectingConvert[@ConvertIssue="Seek Plan"]') = 1;

    ;WITH XMLNAMESPACES (DEFAULT 'http://schemas.microsoft.com/sqlserver/2004/07/showplan')
    SELECT TOP (10)
           qs.execution_count,
           qs.total_worker_time / NULLIF(qs.execution_count, 0) AS avg_cpu,
           qp.query_plan.value('(//StmtSimple/@StatementSubTreeCost)[1]', 'FLOAT') AS cost,
           SUBSTRING(st.text, (qs.statement_start_offset / 2) + 1,
                     ((CASE qs.statement_end_offset WHEN -1 THEN DATALENGTH(st.text) ELSE qs.statement_end_offset END
                       - qs.statement_start_offset) / 2) + 1) AS statement_text
    FROM sys.dm_exec_query_stats qs
    CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) st
    CROSS APPLY sys.dm_exec_query_plan(qs.plan_handle) qp
    ORDER BY qs.total_worker_time DESC;
END;

/* Output */
IF @OutputTable IS NOT NULL
BEGIN
    SET @sql = N'IF OBJECT_ID(''' + REPLACE(@OutputTable, '''', '''''') + N''') IS NULL
    CREATE TABLE ' + @OutputTable + N' (RunAt DATETIME2 NOT NULL, Priority TINYINT, Category VARCHAR(50), Finding NVARCHAR(200), ObjectName NVARCHAR(512), Details NVARCHAR(MAX));
INSERT ' + @OutputTable + N' (RunAt, Priority, Category, Finding, ObjectName, Details)
SELECT @runAt, Priority, Category, Finding, ObjectName, Details FROM #Findings;';
    EXEC sp_executesql @sql, N'@runAt DATETIME2', @runAt = @start;
END
ELSE
BEGIN
    SELECT Priority, Category, Finding, ObjectName, Details, Url
    FROM #Findings
    ORDER BY Priority, Category, FindingId;
END;

SET @msg = N'Health check finished in ' + CAST(DATEDIFF(MILLISECOND, @start, SYSDATETIME()) AS NVARCHAR(20)) + N' ms.';
RAISERROR(@msg, 0, 1) WITH NOWAIT;
GO

CREATE OR ALTER PROCEDURE reporting.usp_SalesByPeriod
    @From DATE,
    @To DATE,
    @Grain VARCHAR(5) = 'MONTH',
    @CountryCode CHAR(2) = NULL,
    @IncludeCancelled BIT = 0
AS
BEGIN
    SET NOCOUNT ON;

    IF @Grain NOT IN ('DAY', 'WEEK', 'MONTH', 'YEAR')
    BEGIN
        RAISERROR('Grain must be DAY, WEEK, MONTH or YEAR.', 16, 1);
        RETURN;
    END;

    IF @To < @From
    BEGIN
        DECLARE @swap DATE = @From;
        SELECT @From = @To, @To = @swap;
    END;

    CREATE TABLE #Sales
    (
        PeriodStart DATE NOT NULL,
        CustomerId INT NOT NULL,
        Orders INT NOT NULL,
        Revenue DECIMAL(19, 4) NOT NULL
    );

    INSERT INTO #Sales (PeriodStart, CustomerId, Orders, Revenue)
    SELECT CASE @Grain
               WHEN 'DAY' THEN oh.OrderDate
               WHEN 'WEEK' THEN DATEADD(DAY, 1 - DATEPART(WEEKDAY, oh.OrderDate), oh.OrderDate)
               WHEN 'MONTH' THEN DATEFROMPARTS(YEAR(oh.OrderDate), MONTH(oh.OrderDate), 1)
               ELSE DATEFROMPARTS(YEAR(oh.OrderDate), 1, 1)
           END,
           oh.CustomerId,
           COUNT(*),
           SUM(oh.SubTotal)
    FROM shop.OrderHeader oh
    WHERE oh.OrderDate >= @From
      AND oh.OrderDate < DATEADD(DAY, 1, @To)
      AND (@IncludeCancelled = 1 OR oh.Status <> 9)
      AND (@CountryCode IS NULL
           OR EXISTS (SELECT 1 FROM shop.[Address] a WHERE a.CustomerId = oh.CustomerId AND a.IsDefault = 1 AND a.CountryCode = @CountryCode))
    GROUP BY CASE @Grain
               WHEN 'DAY' THEN oh.OrderDate
               WHEN 'WEEK' THEN DATEADD(DAY, 1 - DATEPART(WEEKDAY, oh.OrderDate), oh.OrderDate)
               WHEN 'MONTH' THEN DATEFROMPARTS(YEAR(oh.OrderDate), MONTH(oh.OrderDate), 1)
               ELSE DATEFROMPARTS(YEAR(oh.OrderDate), 1, 1)
             END,
             oh.CustomerId;

    SELECT s.PeriodStart,
           COUNT(DISTINCT s.CustomerId) AS Customers,
           SUM(s.Orders) AS Orders,
           SUM(s.Revenue) AS Revenue,
           SUM(SUM(s.Revenue)) OVER (ORDER BY s.PeriodStart ROWS UNBOUNDED PRECEDING) AS CumulativeRevenue,
           CAST(100.0 * SUM(s.Revenue) / NULLIF(SUM(SUM(s.Revenue)) OVER (), 0) AS DECIMAL(6, 2)) AS PctOfTotal,
           LAG(SUM(s.Revenue)) OVER (ORDER BY s.PeriodStart) AS PreviousRevenue
    FROM #Sales s
    GROUP BY s.PeriodStart
    ORDER BY s.PeriodStart;

    SELECT TOP (10) c.CustomerId, c.DisplayName, SUM(s.Revenue) AS Revenue,
           RANK() OVER (ORDER BY SUM(s.Revenue) DESC) AS RevenueRank
    FROM #Sales s
    JOIN shop.Customer c ON c.CustomerId = s.CustomerId
    GROUP BY c.CustomerId, c.DisplayName
    ORDER BY Revenue DESC;

    DROP TABLE #Sales;
END;
GO

CREATE PROCEDURE logistics.usp_Recount
    @WarehouseId SMALLINT,
    @Counts NVARCHAR(MAX) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @parsed TABLE (ProductId INT NOT NULL PRIMARY KEY, Qty INT NOT NULL);

    IF @Counts IS NOT NULL AND ISJSON(@Counts) = 1
        INSERT INTO @parsed (ProductId, Qty)
        SELECT j.ProductId, j.Qty
        FROM OPENJSON(@Counts) WITH (ProductId INT '$.productId', Qty INT '$.qty') AS j
        WHERE j.ProductId IS NOT NULL;
    ELSE
        INSERT INTO @parsed (ProductId, Qty)
        SELECT ProductId, OnHand FROM logistics.StockLevel WHERE WarehouseId = @WarehouseId;

    BEGIN TRANSACTION;

    MERGE logistics.StockLevel WITH (HOLDLOCK) AS t
    USING @parsed AS s ON t.WarehouseId = @WarehouseId AND t.ProductId = s.ProductId
    WHEN MATCHED AND t.OnHand <> s.Qty THEN
        UPDATE SET t.OnHand = s.Qty, t.LastCounted = SYSDATETIME()
    WHEN NOT MATCHED BY TARGET THEN
        INSERT (WarehouseId, ProductId, OnHand, LastCounted) VALUES (@WarehouseId, s.ProductId, s.Qty, SYSDATETIME());

    INSERT INTO dbo.AuditLog (EventTime, UserName, ObjectName, Action, Payload)
    VALUES (SYSUTCDATETIME(), SUSER_SNAME(), N'logistics.StockLevel', 'RECOUNT',
            (SELECT @WarehouseId AS warehouseId, COUNT(*) AS lines FROM @parsed FOR JSON PATH, WITHOUT_ARRAY_WRAPPER));

    COMMIT TRANSACTION;
END
GO

CREATE PROCEDURE hr.usp_HeadcountReport
    @AsOf DATE = NULL
AS
SET NOCOUNT ON
IF @AsOf IS NULL SET @AsOf = GETDATE()

SELECT d.DepartmentCode,
       d.Name,
       COUNT(e.EmployeeId) AS Headcount,
       SUM(CASE WHEN e.Gender = 'F' THEN 1 ELSE 0 END) AS Women,
       SUM(CASE WHEN e.Gender = 'M' THEN 1 ELSE 0 END) AS Men,
       AVG(DATEDIFF(YEAR, e.BirthDate, @AsOf)) AS AvgAge,
       AVG(DATEDIFF(MONTH, e.HireDate, @AsOf)) / 12.0 AS AvgTenureYears,
       MIN(e.HireDate) AS LongestServing,
       SUM(ISNULL(e.Salary, e.HourlyRate * 1720)) AS PayrollCost
FROM hr.Department d
LEFT JOIN hr.Employee e
       ON e.DepartmentCode = d.DepartmentCode
      AND e.HireDate <= @AsOf
      AND (e.TerminationDate IS NULL OR e.TerminationDate > @AsOf)
GROUP BY ROLLUP ((d.DepartmentCode, d.Name))
ORDER BY GROUPING(d.DepartmentCode), d.DepartmentCode
GO

CREATE PROCEDURE billing.usp_DunningRun
    @RunDate DATE = NULL,
    @Commit BIT = 0
AS
BEGIN
    SET NOCOUNT ON;
    SET @RunDate = ISNULL(@RunDate, CAST(GETDATE() AS DATE));

    DECLARE @letters TABLE (InvoiceId INT PRIMARY KEY, CustomerId INT, Level TINYINT, Outstanding DECIMAL(19, 4));

    INSERT @letters (InvoiceId, CustomerId, Level, Outstanding)
    SELECT i.InvoiceId, i.CustomerId,
           CASE WHEN DATEDIFF(DAY, i.DueDate, @RunDate) > 60 THEN 3
                WHEN DATEDIFF(DAY, i.DueDate, @RunDate) > 30 THEN 2
                ELSE 1 END,
           i.Balance
    FROM billing.Invoice i
    WHERE i.IsVoid = 0 AND i.Balance > 0 AND i.DueDate < @RunDate;

    IF @Commit = 0
    BEGIN
        SELECT l.*, c.DisplayName, c.Email FROM @letters l JOIN shop.Customer c ON c.CustomerId = l.CustomerId ORDER BY l.Level DESC, l.Outstanding DESC;
        RETURN 0;
    END;

    DECLARE @subject NVARCHAR(200), @body NVARCHAR(MAX), @to NVARCHAR(320), @inv INT;
    DECLARE mail_cur CURSOR LOCAL FAST_FORWARD FOR
        SELECT l.InvoiceId, c.Email,
               CHOOSE(l.Level, N'Payment reminder', N'Second reminder', N'Final notice') + N' - invoice ' + CAST(l.InvoiceId AS NVARCHAR(12)),
               N'Outstanding amount: ' + dbo.fn_FormatMoney(l.Outstanding, 'EUR')
        FROM @letters l JOIN shop.Customer c ON c.CustomerId = l.CustomerId
        WHERE c.Email IS NOT NULL;
    OPEN mail_cur;
    FETCH NEXT FROM mail_cur INTO @inv, @to, @subject, @body;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Billing', @recipients = @to, @subject = @subject, @body = @body, @body_format = 'TEXT';
        FETCH NEXT FROM mail_cur INTO @inv, @to, @subject, @body;
    END;
    CLOSE mail_cur;
    DEALLOCATE mail_cur;

    RETURN (SELECT COUNT(*) FROM @letters);
END;
GO
