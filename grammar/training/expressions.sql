-- Training input for the parser's prediction snapshot (expressions, operators, literals, built-in functions).
-- Written for Preflight; not meant to be deployed.

-- Literals of every kind
SELECT 42 AS int_lit,
       -17 AS neg_int,
       3.14159 AS dec_lit,
       .5 AS leading_dot,
       6. AS trailing_dot,
       1.5E10 AS sci,
       2e-3 AS sci_small,
       -4.2E+2 AS sci_signed,
       $12.50 AS money_lit,
       -$3 AS neg_money,
       0x AS empty_binary,
       0x0A1B2C AS binary_lit,
       0xDEADBEEF AS binary_word,
       'plain' AS str,
       N'unicode ü' AS nstr,
       'it''s quoted' AS escaped,
       '' AS empty_str,
       NULL AS null_lit,
       '2024-03-15' AS date_str,
       '2024-03-15T08:30:00.123' AS iso_dt,
       {d '2024-03-15'} AS odbc_date,
       {ts '2024-03-15 08:30:00'} AS odbc_ts,
       {t '08:30:00'} AS odbc_time,
       {fn CURDATE()} AS odbc_fn,
       CAST('{00000000-0000-0000-0000-000000000000}' AS UNIQUEIDENTIFIER) AS guid_lit;
GO

-- Arithmetic, precedence and unary operators
DECLARE @a INT = 7, @b INT = 3, @c DECIMAL(10, 2) = 2.5, @f FLOAT = 1e0;
SELECT @a + @b * @c - @a / @b % 2 AS mixed,
       (@a + @b) * (@c - 1) AS grouped,
       -@a + +@b AS unary,
       ~@a AS bitnot,
       @a & @b AS bitand,
       @a | @b AS bitor,
       @a ^ @b AS bitxor,
       @a * -1 AS neg_mult,
       - (@a - @b) AS neg_group,
       @a % @b AS modulo,
       ((((@a)))) AS deep_parens,
       @a + @b + @c + @f AS chain,
       POWER(@a, 2) + SQRT(@b) * PI() AS fn_mix,
       @a << 2 AS shl,
       @a >> 1 AS shr;
GO

-- Compound assignment operators
DECLARE @x INT = 10, @s NVARCHAR(100) = N'a';
SET @x += 5;
SET @x -= 2;
SET @x *= 3;
SET @x /= 2;
SET @x %= 7;
SET @x &= 6;
SET @x |= 1;
SET @x ^= 3;
SET @s += N'b';
SELECT @x AS x, @s AS s;
GO

-- Comparison and logical operators
SELECT CustomerId
FROM shop.Customer
WHERE CustomerId = 1
   OR CustomerId <> 2
   OR CustomerId != 3
   OR CustomerId > 4
   OR CustomerId < 5
   OR CustomerId >= 6
   OR CustomerId <= 7
   OR CustomerId !< 8
   OR CustomerId !> 9
   OR NOT (CustomerId = 10 AND IsActive = 0)
   OR (CreditLimit BETWEEN 100 AND 500 AND NOT CreditLimit = 250)
   OR CreditLimit NOT BETWEEN 1000 AND 2000
   OR DisplayName LIKE 'A%'
   OR DisplayName LIKE '[A-C]_b%'
   OR DisplayName NOT LIKE '%[^a-z0-9]%'
   OR DisplayName LIKE '%50!%%' ESCAPE '!'
   OR Email IS NULL
   OR Email IS NOT NULL AND Phone IS NULL
   OR CustomerCode IN ('A1', 'B2', 'C3')
   OR CustomerCode NOT IN ('Z9');
GO

-- CASE expressions
SELECT OrderId,
       CASE Status
           WHEN 0 THEN 'New'
           WHEN 1 THEN 'Confirmed'
           WHEN 2 THEN 'Shipped'
           WHEN 3 THEN 'Delivered'
           ELSE 'Cancelled'
       END AS StatusText,
       CASE
           WHEN SubTotal >= 10000 THEN 'XL'
           WHEN SubTotal >= 1000 THEN 'L'
           WHEN SubTotal >= 100 THEN 'M'
           WHEN SubTotal IS NULL THEN NULL
           ELSE 'S'
       END AS SizeBand,
       CASE WHEN RequiredDate IS NULL THEN 0 ELSE CASE WHEN RequiredDate < OrderDate THEN -1 ELSE DATEDIFF(DAY, OrderDate, RequiredDate) END END AS LeadDays,
       case when Freight > 0 then 1 end as HasFreight
FROM shop.OrderHeader
ORDER BY CASE WHEN Status = 9 THEN 1 ELSE 0 END, OrderDate DESC;
GO

-- Conversion functions
SELECT CAST(42 AS VARCHAR(10)),
       CAST('123.45' AS DECIMAL(10, 2)),
       CAST(GETDATE() AS DATE),
       CAST(1 AS BIT),
       CAST(N'x' AS NVARCHAR(MAX)),
       CAST(0x41 AS CHAR(1)),
       CONVERT(VARCHAR(10), GETDATE(), 120),
       CONVERT(DATETIME, '15/03/2024', 103),
       CONVERT(NVARCHAR(30), SYSDATETIMEOFFSET(), 127),
       CONVERT(INT, '7'),
       CONVERT(VARBINARY(16), 'abc', 0),
       CONVERT(VARCHAR(MAX), 0x4142, 2),
       TRY_CAST('not a number' AS INT),
       TRY_CONVERT(DATE, '2024-02-30'),
       TRY_CONVERT(DECIMAL(9, 2), '12,5', 1),
       PARSE('15 maart 2024' AS DATE USING 'nl-NL'),
       TRY_PARSE('€ 12,50' AS MONEY USING 'nl-NL'),
       PARSE('123' AS INT);
GO

-- NULL handling and logical functions
SELECT ISNULL(Email, N'(none)') AS Email,
       COALESCE(Phone, Email, N'no contact') AS Contact,
       NULLIF(CreditLimit, 0) AS CreditOrNull,
       IIF(IsActive = 1, 'active', 'inactive') AS ActiveText,
       IIF(CreditLimit > 1000 AND IsActive = 1, 1, 0) AS Vip,
       CHOOSE(ISNULL(LoyaltyTier, 0) + 1, 'none', 'bronze', 'silver', 'gold') AS Tier
FROM shop.Customer;
GO

-- String functions
DECLARE @t NVARCHAR(200) = N'  Preflight Logistics B.V.  ';
SELECT LEN(@t), DATALENGTH(@t), LTRIM(@t), RTRIM(@t), TRIM(@t), TRIM('. ' FROM @t),
       UPPER(@t), LOWER(@t), LEFT(@t, 5), RIGHT(@t, 5), SUBSTRING(@t, 3, 9),
       CHARINDEX(N'Log', @t), CHARINDEX(N'o', @t, 6), PATINDEX(N'%[0-9]%', @t),
       REPLACE(@t, N' ', N'_'), REPLICATE(N'-', 20), REVERSE(@t), SPACE(3),
       STUFF(@t, 1, 2, N''), CONCAT(N'a', 1, NULL, N'b'), CONCAT_WS(N', ', N'x', N'y', N'z'),
       QUOTENAME(N'my table'), QUOTENAME(N'it''s', ''''), QUOTENAME(N'col', '"'),
       ASCII('A'), CHAR(65), UNICODE(N'ü'), NCHAR(252), SOUNDEX(N'Smith'), DIFFERENCE(N'Smith', N'Smyth'),
       FORMAT(1234567.891, 'N2'), FORMAT(GETDATE(), 'yyyy-MM-dd HH:mm'), STR(123.456, 8, 2),
       TRANSLATE(N'2*[3+4]/{7-2}', N'[]{}', N'()()'), STRING_ESCAPE(N'a"b\c', 'json'),
       @t + N'!' + CAST(@@ROWCOUNT AS NVARCHAR(10)),
       COMPRESS(@t), CAST(DECOMPRESS(COMPRESS(@t)) AS NVARCHAR(200));
GO

-- Date and time functions
DECLARE @d DATETIME2(3) = '2024-03-15T08:30:00.000';
SELECT GETDATE(), GETUTCDATE(), SYSDATETIME(), SYSUTCDATETIME(), SYSDATETIMEOFFSET(), CURRENT_TIMESTAMP,
       DATEADD(DAY, 1, @d), DATEADD(mm, -1, @d), DATEADD(yy, 1, @d), DATEADD(HOUR, 36, @d), DATEADD(MINUTE, -90, @d),
       DATEDIFF(DAY, '2024-01-01', @d), DATEDIFF(SECOND, @d, SYSDATETIME()), DATEDIFF_BIG(MILLISECOND, '2000-01-01', @d),
       DATEPART(WEEKDAY, @d), DATEPART(ISO_WEEK, @d), DATEPART(q, @d), DATENAME(MONTH, @d), DATENAME(dw, @d),
       YEAR(@d), MONTH(@d), DAY(@d), EOMONTH(@d), EOMONTH(@d, 1),
       DATEFROMPARTS(2024, 12, 31), DATETIME2FROMPARTS(2024, 1, 1, 0, 0, 0, 0, 3), TIMEFROMPARTS(23, 59, 59, 0, 0),
       DATETIMEFROMPARTS(2024, 1, 1, 12, 0, 0, 0), SMALLDATETIMEFROMPARTS(2024, 1, 1, 12, 0),
       DATETIMEOFFSETFROMPARTS(2024, 1, 1, 12, 0, 0, 0, 1, 0, 7),
       ISDATE('2024-02-29'), SWITCHOFFSET(SYSDATETIMEOFFSET(), '+02:00'), TODATETIMEOFFSET(@d, '-05:00'),
       DATETRUNC(MONTH, @d);
GO

SELECT OrderId,
       ShippedDate AT TIME ZONE 'UTC' AT TIME ZONE 'W. Europe Standard Time' AS ShippedLocal,
       SYSDATETIMEOFFSET() AT TIME ZONE 'Pacific Standard Time' AS NowPacific
FROM shop.OrderHeader;
GO

-- Math functions
SELECT ABS(-5), CEILING(4.2), FLOOR(4.8), ROUND(123.4567, 2), ROUND(123.4567, -1, 1), SIGN(-3.0),
       POWER(2.0, 10), SQRT(16), SQUARE(4), EXP(1), LOG(100), LOG(8, 2), LOG10(1000),
       SIN(PI() / 2), COS(0), TAN(0.5), ASIN(1), ACOS(0), ATAN(1), ATN2(1, 1), COT(1), DEGREES(PI()), RADIANS(180.0),
       RAND(), RAND(42), CHECKSUM(NEWID()) % 100, ABS(CHECKSUM(NEWID())) % 6 + 1, CRYPT_GEN_RANDOM(8),
       HASHBYTES('SHA2_256', N'secret'), BINARY_CHECKSUM(1, 'a');
GO

-- System functions and global variables
SELECT @@VERSION, @@SERVERNAME, @@SPID, @@TRANCOUNT, @@ROWCOUNT, @@ERROR, @@IDENTITY, @@FETCH_STATUS, @@LANGUAGE, @@OPTIONS,
       DB_NAME(), DB_ID(N'master'), SCHEMA_NAME(), SCHEMA_ID('shop'), OBJECT_ID(N'shop.Customer'), OBJECT_ID(N'shop.Customer', N'U'),
       OBJECT_NAME(OBJECT_ID(N'shop.Customer')), OBJECT_SCHEMA_NAME(OBJECT_ID(N'shop.Customer')),
       OBJECTPROPERTY(OBJECT_ID(N'shop.Customer'), 'IsUserTable'), COLUMNPROPERTY(OBJECT_ID(N'shop.Customer'), 'Email', 'AllowsNull'),
       COL_LENGTH('shop.Customer', 'Email'), COL_NAME(OBJECT_ID('shop.Customer'), 1), TYPE_ID('int'), TYPE_NAME(56),
       INDEXPROPERTY(OBJECT_ID('shop.Customer'), 'PK_Customer', 'IsClustered'), INDEX_COL('shop.Customer', 1, 1),
       DATABASEPROPERTYEX(DB_NAME(), 'Recovery'), SERVERPROPERTY('ProductVersion'), SERVERPROPERTY('EngineEdition'),
       USER_NAME(), SUSER_SNAME(), SUSER_NAME(), CURRENT_USER, SESSION_USER, SYSTEM_USER, USER, ORIGINAL_LOGIN(),
       HOST_NAME(), APP_NAME(), IS_MEMBER('db_owner'), IS_SRVROLEMEMBER('sysadmin'), HAS_PERMS_BY_NAME('shop.Customer', 'OBJECT', 'SELECT'),
       SCOPE_IDENTITY(), IDENT_CURRENT('shop.Customer'), IDENT_SEED('shop.Customer'), IDENT_INCR('shop.Customer'),
       NEWID(), ISNUMERIC('12.5'), ERROR_NUMBER(), XACT_STATE(), SESSION_CONTEXT(N'tenant'), CONTEXT_INFO(),
       CONNECTIONPROPERTY('net_transport'), FILE_ID('PRIMARY'), FILEGROUP_NAME(1), HOST_ID();
GO

-- JSON functions
DECLARE @j NVARCHAR(MAX) = N'{"id": 7, "tags": ["a", "b"], "address": {"city": "Utrecht"}}';
SELECT ISJSON(@j), JSON_VALUE(@j, '$.id'), JSON_VALUE(@j, 'strict $.address.city'), JSON_QUERY(@j, '$.tags'),
       JSON_MODIFY(@j, '$.address.city', N'Delft'), JSON_MODIFY(@j, 'append $.tags', N'c'),
       JSON_OBJECT('k': 1, 'v': N'x'), JSON_ARRAY(1, 2, N'three');
GO

-- Collation, variables and subquery expressions
DECLARE @name NVARCHAR(100) = N'müller';
SELECT CASE WHEN @name COLLATE Latin1_General_CI_AI = N'MULLER' THEN 1 ELSE 0 END AS AccentInsensitive,
       (SELECT COUNT(*) FROM shop.Customer) * 1.0 / NULLIF((SELECT COUNT(*) FROM shop.OrderHeader), 0) AS Ratio,
       (SELECT MAX(v) FROM (VALUES (1), (5), (3)) AS t(v)) AS MaxOfList;
GO

-- Sequences and identity helpers in expressions
SELECT NEXT VALUE FOR dbo.seqInvoiceNo AS NextNo;
SELECT NEXT VALUE FOR dbo.seqInvoiceNo OVER (ORDER BY CustomerId) AS Seq, CustomerId FROM shop.Customer;
GO

-- Spatial and hierarchyid methods
DECLARE @p GEOGRAPHY = geography::Point(52.09, 5.12, 4326);
DECLARE @h HIERARCHYID = hierarchyid::GetRoot();
SELECT @p.STDistance(geography::Point(52.37, 4.90, 4326)) / 1000.0 AS KmToAmsterdam,
       @p.ToString() AS Wkt,
       @h.GetDescendant(NULL, NULL).ToString() AS FirstChild,
       geometry::STGeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 0) AS Poly;
GO

-- Long boolean chains with mixed parentheses
SELECT ol.OrderId
FROM shop.OrderLine ol
WHERE ((ol.Quantity > 10 AND ol.UnitPrice < 5) OR (ol.Quantity BETWEEN 1 AND 3 AND ol.UnitPrice >= 100))
  AND NOT (ol.Discount > 0.25 OR ol.Discount IS NULL)
  AND (ol.ProductId IN (SELECT ProductId FROM shop.Product WHERE Category IN (1, 2, 3)) OR ol.ProductId = 0)
  AND ol.LineTotal * 1.21 - ISNULL(ol.Discount, 0) * 100 > -(ol.Quantity % 2);
GO

-- String concatenation building messages
DECLARE @msg VARCHAR(400);
SET @msg = 'Processed ' + CONVERT(VARCHAR(12), 1234) + ' rows in ' + CAST(DATEDIFF(ms, '2024-01-01', GETDATE()) / 1000.0 AS VARCHAR(20)) + ' s';
SET @msg = @msg + CHAR(13) + CHAR(10) + REPLICATE('=', 40);
PRINT @msg;
PRINT N'Database: ' + DB_NAME() + N', user: ' + SUSER_SNAME();
PRINT 'Done at ' + CONVERT(varchar(23), GETDATE(), 121);
GO

-- Ranking of expression-heavy computed columns
SELECT p.ProductId,
       p.UnitPrice * (1 - COALESCE(d.Pct, 0) / 100.0) AS NetPrice,
       CAST(ROUND(p.UnitPrice * 1.21, 2) AS DECIMAL(10, 2)) AS GrossPrice,
       CONVERT(VARCHAR(20), CAST(p.UnitPrice AS MONEY), 1) AS Formatted,
       LEFT(p.Name, CHARINDEX(' ', p.Name + ' ') - 1) AS FirstWord,
       UPPER(LEFT(p.Sku, 1)) + LOWER(SUBSTRING(p.Sku, 2, LEN(p.Sku))) AS SkuCased,
       DATEDIFF(YEAR, p.DiscontinuedOn, GETDATE()) - CASE WHEN DATEADD(YEAR, DATEDIFF(YEAR, p.DiscontinuedOn, GETDATE()), p.DiscontinuedOn) > GETDATE() THEN 1 ELSE 0 END AS YearsGone
FROM shop.Product p
LEFT JOIN (SELECT 1 AS ProductId, 10.0 AS Pct) d ON d.ProductId = p.ProductId;
GO
