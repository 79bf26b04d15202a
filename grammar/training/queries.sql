-- Training input for the parser's prediction snapshot (SELECT queries: joins, APPLY, CTEs, set operators, windows, PIVOT, XML/JSON).
-- Written for Preflight; not meant to be deployed.

SELECT * FROM shop.Customer;
SELECT CustomerId, DisplayName FROM shop.Customer WHERE IsActive = 1 ORDER BY DisplayName;
select c.CustomerId, c.DisplayName from shop.Customer c where c.CreditLimit > 1000 order by 2 desc
SELECT DISTINCT CountryCode FROM shop.[Address];
SELECT TOP 10 * FROM shop.Product ORDER BY UnitPrice DESC;
SELECT TOP (5) WITH TIES ProductId, UnitPrice FROM shop.Product ORDER BY UnitPrice DESC;
SELECT TOP 10 PERCENT OrderId FROM shop.OrderHeader ORDER BY OrderDate;
DECLARE @n INT = 3;
SELECT TOP (@n) OrderId FROM shop.OrderHeader;
SELECT TOP (@n * 2) OrderId FROM shop.OrderHeader ORDER BY OrderId;
GO

-- Aliases in every style
SELECT CustomerId AS Id,
       DisplayName Name,
       Label = CustomerCode,
       [Credit Limit] = CreditLimit,
       'x' AS "Quoted Alias",
       Email AS [E-mail],
       N'const' AS 'StringAlias'
FROM shop.Customer AS c;
GO

-- Join variants
SELECT oh.OrderId, c.DisplayName, ol.LineNo, p.Name
FROM shop.OrderHeader oh
INNER JOIN shop.Customer c ON c.CustomerId = oh.CustomerId
JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId
LEFT JOIN shop.Product p ON p.ProductId = ol.ProductId
LEFT OUTER JOIN logistics.Shipment s ON s.OrderId = oh.OrderId AND s.DeliveredAt IS NULL
RIGHT JOIN logistics.Warehouse w ON w.WarehouseId = s.WarehouseId
RIGHT OUTER JOIN dbo.Country co ON co.CountryCode = 'NL'
FULL OUTER JOIN dbo.Currency cu ON cu.CurrencyCode = 'EUR'
FULL JOIN dbo.Setting st ON st.[Key] = 'shop.name'
CROSS JOIN dbo.TypeShowcase ts;
GO

SELECT e.FullName, m.FullName AS Manager
FROM hr.Employee e, hr.Employee m
WHERE m.EmployeeId = e.ManagerId;
GO

SELECT a.OrderId, b.OrderId
FROM shop.OrderHeader a
JOIN (shop.OrderLine b JOIN shop.Product p ON p.ProductId = b.ProductId) ON b.OrderId = a.OrderId;
GO

SELECT oh.OrderId FROM shop.OrderHeader oh INNER HASH JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId;
SELECT oh.OrderId FROM shop.OrderHeader oh INNER LOOP JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId;
SELECT oh.OrderId FROM shop.OrderHeader oh LEFT MERGE JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId;
GO

-- APPLY
SELECT c.CustomerId, c.DisplayName, lastOrder.OrderId, lastOrder.OrderDate
FROM shop.Customer c
CROSS APPLY (
    SELECT TOP (1) oh.OrderId, oh.OrderDate
    FROM shop.OrderHeader oh
    WHERE oh.CustomerId = c.CustomerId
    ORDER BY oh.OrderDate DESC
) AS lastOrder;
GO

SELECT p.ProductId, p.Name, st.WarehouseId, st.Available
FROM shop.Product p
OUTER APPLY logistics.tvf_StockFor(p.ProductId) st
WHERE p.DiscontinuedOn IS NULL;
GO

SELECT c.CustomerId, o.*
FROM shop.Customer AS c
OUTER APPLY shop.tvf_CustomerOrders(c.CustomerId, DEFAULT) AS o;
GO

SELECT p.ProductId, tag.value
FROM shop.Product p
CROSS APPLY STRING_SPLIT(p.Attributes, ';') AS tag;
GO

SELECT p.ProductId, j.[key], j.[value], j.[type]
FROM shop.Product p
CROSS APPLY OPENJSON(p.Attributes) j
WHERE ISJSON(p.Attributes) = 1;
GO

SELECT p.ProductId, attrs.Color, attrs.Size, attrs.Weight
FROM shop.Product p
CROSS APPLY OPENJSON(p.Attributes)
WITH (
    Color NVARCHAR(30) '$.color',
    Size VARCHAR(10) '$.size',
    Weight DECIMAL(9, 3) '$.dimensions.weight',
    Extra NVARCHAR(MAX) '$.extra' AS JSON
) AS attrs;
GO

SELECT v.Code, v.Label
FROM (VALUES ('A', N'Alpha'), ('B', N'Bravo'), ('C', N'Charlie')) AS v (Code, Label);
GO

SELECT x.n FROM (VALUES (1), (2), (3)) x(n) CROSS APPLY (VALUES (x.n * 10), (x.n * 100)) y(m);
GO

-- Subqueries
SELECT c.CustomerId, c.DisplayName,
       (SELECT COUNT(*) FROM shop.OrderHeader oh WHERE oh.CustomerId = c.CustomerId) AS OrderCount,
       (SELECT MAX(oh.OrderDate) FROM shop.OrderHeader oh WHERE oh.CustomerId = c.CustomerId) AS LastOrder
FROM shop.Customer c
WHERE EXISTS (SELECT 1 FROM shop.OrderHeader oh WHERE oh.CustomerId = c.CustomerId)
  AND NOT EXISTS (SELECT * FROM billing.Invoice i WHERE i.CustomerId = c.CustomerId AND i.Balance > 0)
  AND c.CustomerId IN (SELECT a.CustomerId FROM shop.[Address] a WHERE a.CountryCode IN ('NL', 'BE', 'LU'))
  AND c.CustomerId NOT IN (SELECT e.EmployeeId FROM hr.Employee e WHERE e.EmployeeId IS NOT NULL)
  AND c.CreditLimit > ALL (SELECT 0 UNION SELECT 100)
  AND c.CreditLimit >= ANY (SELECT CreditLimit FROM shop.Customer WHERE LoyaltyTier = 1)
  AND c.CreditLimit < SOME (SELECT 1000000);
GO

SELECT d.DepartmentCode, d.Name, stats.Headcount, stats.AvgSalary
FROM hr.Department d
JOIN (
    SELECT DepartmentCode, COUNT(*) AS Headcount, AVG(Salary) AS AvgSalary
    FROM hr.Employee
    WHERE TerminationDate IS NULL
    GROUP BY DepartmentCode
) stats ON stats.DepartmentCode = d.DepartmentCode
WHERE stats.Headcount > (SELECT AVG(cnt) FROM (SELECT COUNT(*) cnt FROM hr.Employee GROUP BY DepartmentCode) z);
GO

-- CTEs
WITH Recent AS
(
    SELECT OrderId, CustomerId, OrderDate
    FROM shop.OrderHeader
    WHERE OrderDate >= DATEADD(MONTH, -3, GETDATE())
),
PerCustomer (CustomerId, Orders, FirstOrder) AS
(
    SELECT CustomerId, COUNT(*), MIN(OrderDate) FROM Recent GROUP BY CustomerId
)
SELECT c.DisplayName, pc.Orders, pc.FirstOrder
FROM PerCustomer pc
JOIN shop.Customer c ON c.CustomerId = pc.CustomerId
ORDER BY pc.Orders DESC;
GO

;WITH OrgChart AS
(
    SELECT EmployeeId, ManagerId, FullName, 0 AS Lvl, CAST(FullName AS NVARCHAR(4000)) AS [Path]
    FROM hr.Employee
    WHERE ManagerId IS NULL
    UNION ALL
    SELECT e.EmployeeId, e.ManagerId, e.FullName, oc.Lvl + 1, CAST(oc.[Path] + N' > ' + e.FullName AS NVARCHAR(4000))
    FROM hr.Employee e
    INNER JOIN OrgChart oc ON oc.EmployeeId = e.ManagerId
)
SELECT EmployeeId, REPLICATE(N'  ', Lvl) + FullName AS Indented, [Path]
FROM OrgChart
ORDER BY [Path]
OPTION (MAXRECURSION 100);
GO

WITH Numbers AS (
    SELECT 1 AS n
    UNION ALL
    SELECT n + 1 FROM Numbers WHERE n < 366
)
SELECT DATEADD(DAY, n - 1, '2024-01-01') AS CalendarDate
FROM Numbers
OPTION (MAXRECURSION 0);
GO

with dupes as (
    select CustomerId, Email, row_number() over (partition by Email order by CustomerId) as rn
    from shop.Customer
    where Email is not null
)
delete from dupes where rn > 1;
GO

-- Set operators
SELECT CustomerId FROM shop.Customer
UNION
SELECT CustomerId FROM billing.Invoice
EXCEPT
SELECT CustomerId FROM shop.OrderHeader WHERE Status = 9
INTERSECT
SELECT CustomerId FROM shop.[Address];
GO

(SELECT ProductId FROM shop.OrderLine)
UNION ALL
(SELECT ProductId FROM logistics.StockLevel)
ORDER BY ProductId;
GO

-- Grouping
SELECT CountryCode, City, COUNT(*) AS Addresses
FROM shop.[Address]
GROUP BY CountryCode, City
HAVING COUNT(*) > 5
ORDER BY CountryCode, Addresses DESC;
GO

SELECT YEAR(OrderDate) AS Yr, MONTH(OrderDate) AS Mo, SUM(SubTotal) AS Revenue, GROUPING(MONTH(OrderDate)) AS IsTotal
FROM shop.OrderHeader
GROUP BY ROLLUP (YEAR(OrderDate), MONTH(OrderDate));
GO

SELECT WarehouseId, ProductId, SUM(OnHand) AS OnHand
FROM logistics.StockLevel
GROUP BY CUBE (WarehouseId, ProductId);
GO

SELECT Carrier, WarehouseId, COUNT(*) AS Shipments, GROUPING_ID(Carrier, WarehouseId) AS gid
FROM logistics.Shipment
GROUP BY GROUPING SETS ((Carrier, WarehouseId), (Carrier), ());
GO

SELECT DepartmentCode, STRING_AGG(LastName, ', ') WITHIN GROUP (ORDER BY LastName) AS Names
FROM hr.Employee
GROUP BY DepartmentCode;
GO

SELECT COUNT(*), COUNT(DISTINCT CustomerId), COUNT_BIG(ALL Status), MIN(OrderDate), MAX(OrderDate),
       AVG(CAST(SubTotal AS FLOAT)), STDEV(SubTotal), VAR(SubTotal), SUM(DISTINCT Freight), CHECKSUM_AGG(CHECKSUM(OrderId))
FROM shop.OrderHeader;
GO

SELECT APPROX_COUNT_DISTINCT(CustomerId) FROM shop.OrderHeader;
GO

-- Window functions
SELECT OrderId, CustomerId, OrderDate, SubTotal,
       ROW_NUMBER() OVER (PARTITION BY CustomerId ORDER BY OrderDate DESC) AS rn,
       RANK() OVER (ORDER BY SubTotal DESC) AS rnk,
       DENSE_RANK() OVER (PARTITION BY YEAR(OrderDate) ORDER BY SubTotal DESC) AS drnk,
       NTILE(4) OVER (ORDER BY SubTotal) AS quartile,
       SUM(SubTotal) OVER (PARTITION BY CustomerId) AS CustomerTotal,
       SUM(SubTotal) OVER (PARTITION BY CustomerId ORDER BY OrderDate ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RunningTotal,
       AVG(SubTotal) OVER (ORDER BY OrderDate ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS MovingAvg,
       COUNT(*) OVER () AS TotalRows,
       MAX(SubTotal) OVER (PARTITION BY CustomerId ORDER BY OrderDate RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS MaxAll,
       MIN(SubTotal) OVER (ORDER BY OrderId ROWS UNBOUNDED PRECEDING) AS MinSoFar,
       LAG(SubTotal, 1, 0) OVER (PARTITION BY CustomerId ORDER BY OrderDate) AS PrevTotal,
       LEAD(OrderDate) OVER (PARTITION BY CustomerId ORDER BY OrderDate) AS NextOrder,
       FIRST_VALUE(OrderId) OVER (PARTITION BY CustomerId ORDER BY OrderDate) AS FirstOrderId,
       LAST_VALUE(OrderId) OVER (PARTITION BY CustomerId ORDER BY OrderDate ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS LastOrderId,
       PERCENT_RANK() OVER (ORDER BY SubTotal) AS pr,
       CUME_DIST() OVER (ORDER BY SubTotal) AS cd,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY SubTotal) OVER (PARTITION BY CustomerId) AS MedianTotal,
       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY SubTotal DESC) OVER () AS P90
FROM shop.OrderHeader;
GO

SELECT *
FROM (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.DepartmentCode ORDER BY e.Salary DESC, e.EmployeeId) AS rn
    FROM hr.Employee e
) ranked
WHERE ranked.rn <= 3;
GO

SELECT ProductId, SUM(Quantity) OVER w AS Qty, AVG(UnitPrice) OVER w AS AvgPrice
FROM shop.OrderLine
WINDOW w AS (PARTITION BY ProductId ORDER BY OrderId);
GO

-- Paging
SELECT ProductId, Name FROM shop.Product ORDER BY Name OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY;
SELECT ProductId, Name FROM shop.Product ORDER BY Name OFFSET 0 ROW FETCH FIRST 1 ROW ONLY;
SELECT ProductId, Name FROM shop.Product ORDER BY Name OFFSET 100 ROWS;
GO

-- PIVOT / UNPIVOT
SELECT CustomerId, [2022], [2023], [2024]
FROM (
    SELECT CustomerId, YEAR(OrderDate) AS Yr, SubTotal
    FROM shop.OrderHeader
) src
PIVOT (SUM(SubTotal) FOR Yr IN ([2022], [2023], [2024])) AS pvt
ORDER BY CustomerId;
GO

SELECT WarehouseId, Measure, Qty
FROM (SELECT WarehouseId, SUM(OnHand) AS OnHand, SUM(Reserved) AS Reserved FROM logistics.StockLevel GROUP BY WarehouseId) s
UNPIVOT (Qty FOR Measure IN (OnHand, Reserved)) AS u;
GO

-- FOR XML / FOR JSON
SELECT CustomerId, DisplayName FROM shop.Customer FOR XML RAW;
SELECT CustomerId AS "@id", DisplayName AS "name" FROM shop.Customer FOR XML PATH('customer'), ROOT('customers'), TYPE;
SELECT CustomerId, DisplayName FROM shop.Customer FOR XML AUTO, ELEMENTS;
SELECT 1 AS Tag, NULL AS Parent, CustomerId AS [Customer!1!Id] FROM shop.Customer FOR XML EXPLICIT;
SELECT CustomerId, DisplayName FROM shop.Customer FOR JSON PATH;
SELECT CustomerId, DisplayName FROM shop.Customer FOR JSON PATH, ROOT('customers'), INCLUDE_NULL_VALUES;
SELECT TOP 1 CustomerId, DisplayName FROM shop.Customer FOR JSON AUTO, WITHOUT_ARRAY_WRAPPER;
GO

SELECT d.DepartmentCode,
       STUFF((SELECT ', ' + e.LastName
              FROM hr.Employee e
              WHERE e.DepartmentCode = d.DepartmentCode
              ORDER BY e.LastName
              FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)'), 1, 2, '') AS Staff
FROM hr.Department d;
GO

SELECT oh.OrderId,
       (SELECT ol.LineNo, ol.ProductId, ol.Quantity FROM shop.OrderLine ol WHERE ol.OrderId = oh.OrderId FOR JSON PATH) AS Lines
FROM shop.OrderHeader oh
FOR JSON PATH;
GO

-- XML methods
DECLARE @doc XML = N'<order id="7"><line sku="A-1" qty="2"/><line sku="B-9" qty="1"/></order>';
SELECT @doc.value('(/order/@id)[1]', 'INT') AS OrderId;
SELECT l.x.value('@sku', 'VARCHAR(40)') AS Sku, l.x.value('@qty', 'INT') AS Qty
FROM @doc.nodes('/order/line') AS l(x);
SELECT @doc.query('/order/line[@qty > 1]');
SELECT @doc.exist('/order/line[@sku="A-1"]');
SET @doc.modify('delete /order/line[2]');
GO

-- Table hints
SELECT * FROM shop.Customer WITH (NOLOCK);
SELECT * FROM shop.Customer c WITH (READUNCOMMITTED) WHERE c.CustomerId = 1;
SELECT * FROM shop.OrderHeader WITH (INDEX(IX_OrderHeader_Customer_Date), FORCESEEK);
SELECT * FROM shop.OrderHeader WITH (INDEX = PK_OrderHeader);
SELECT * FROM shop.OrderHeader (NOLOCK);
SELECT * FROM logistics.StockLevel WITH (ROWLOCK, UPDLOCK, READPAST);
SELECT * FROM logistics.StockLevel WITH (TABLOCKX, HOLDLOCK);
SELECT * FROM logistics.StockLevel WITH (SERIALIZABLE);
SELECT * FROM shop.Product WITH (FORCESCAN, NOEXPAND);
GO

-- Query hints
SELECT CustomerId, COUNT(*) FROM shop.OrderHeader GROUP BY CustomerId OPTION (HASH GROUP, MAXDOP 1);
SELECT * FROM shop.OrderHeader WHERE CustomerId = 5 OPTION (OPTIMIZE FOR UNKNOWN);
DECLARE @cust INT = 5;
SELECT * FROM shop.OrderHeader WHERE CustomerId = @cust OPTION (OPTIMIZE FOR (@cust = 100), RECOMPILE);
SELECT * FROM shop.OrderHeader oh JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId OPTION (LOOP JOIN, FORCE ORDER);
SELECT * FROM shop.OrderHeader OPTION (USE HINT ('DISABLE_PARAMETER_SNIFFING', 'FORCE_LEGACY_CARDINALITY_ESTIMATION'));
SELECT * FROM shop.OrderHeader OPTION (FAST 10, KEEPFIXED PLAN);
GO

-- Temporal queries
SELECT * FROM billing.PriceList FOR SYSTEM_TIME AS OF '2024-01-01';
SELECT * FROM billing.PriceList FOR SYSTEM_TIME BETWEEN '2023-01-01' AND '2024-01-01';
SELECT * FROM billing.PriceList FOR SYSTEM_TIME FROM '2023-01-01' TO '2024-01-01';
SELECT * FROM billing.PriceList FOR SYSTEM_TIME CONTAINED IN ('2023-01-01', '2024-01-01');
DECLARE @asof DATETIME2 = DATEADD(DAY, -7, SYSUTCDATETIME());
SELECT pl.ProductId, pl.Amount FROM billing.PriceList FOR SYSTEM_TIME AS OF @asof AS pl;
GO

-- Catalog and metadata queries
SELECT s.name AS SchemaName, t.name AS TableName, c.name AS ColumnName, ty.name AS TypeName, c.max_length, c.is_nullable
FROM sys.tables t
JOIN sys.schemas s ON s.schema_id = t.schema_id
JOIN sys.columns c ON c.object_id = t.object_id
JOIN sys.types ty ON ty.user_type_id = c.user_type_id
WHERE t.is_ms_shipped = 0
ORDER BY s.name, t.name, c.column_id;
GO

SELECT OBJECT_SCHEMA_NAME(i.object_id) AS SchemaName, OBJECT_NAME(i.object_id) AS TableName, i.name, i.type_desc,
       ps.avg_fragmentation_in_percent, ps.page_count
FROM sys.indexes i
CROSS APPLY sys.dm_db_index_physical_stats(DB_ID(), i.object_id, i.index_id, NULL, 'LIMITED') ps
WHERE i.index_id > 0 AND ps.avg_fragmentation_in_percent > 30.0;
GO

SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH
FROM INFORMATION_SCHEMA.COLUMNS
WHERE TABLE_SCHEMA = 'shop'
ORDER BY TABLE_NAME, ORDINAL_POSITION;
GO

SELECT session_id, status, command, wait_type, blocking_session_id, DB_NAME(database_id) AS db
FROM sys.dm_exec_requests r
OUTER APPLY sys.dm_exec_sql_text(r.sql_handle) t
WHERE r.session_id <> @@SPID;
GO

SELECT name, database_id, create_date, compatibility_level, recovery_model_desc
FROM master.sys.databases
WHERE name NOT IN ('master', 'model', 'msdb', 'tempdb');
GO

SELECT * FROM OPENQUERY(ArchiveServer, 'SELECT OrderId FROM ShopArchive.shop.OrderHeader');
SELECT * FROM OPENROWSET(BULK 'C:\import\customers.json', SINGLE_CLOB) AS j;
GO

SELECT ProductId, Name FROM shop.Product WHERE CONTAINS(Name, N'"widget*"');
SELECT ProductId, Name FROM shop.Product WHERE FREETEXT(Description, N'blue waterproof jacket');
SELECT ft.[KEY], ft.[RANK] FROM CONTAINSTABLE(shop.Product, Name, N'widget') ft;
GO

SELECT TABLESAMPLE_TEST = COUNT(*) FROM shop.OrderHeader TABLESAMPLE (10 PERCENT);
GO

SELECT c.CustomerId, c.DisplayName
FROM shop.Customer c
WHERE c.DisplayName COLLATE Latin1_General_CS_AS LIKE N'A%'
ORDER BY c.DisplayName COLLATE Latin1_General_BIN2;
GO

SELECT GREATEST(1, 5, 3) AS g, LEAST(1, 5, 3) AS l;
SELECT DATE_BUCKET(WEEK, 1, CAST(GETDATE() AS DATE)) AS wk, GENERATE_SERIES_TEST = 1;
SELECT value FROM GENERATE_SERIES(1, 10, 2);
SELECT CustomerId FROM shop.Customer WHERE Email IS DISTINCT FROM N'none@example.org';
SELECT CustomerId FROM shop.Customer WHERE Phone IS NOT DISTINCT FROM NULL;
GO
