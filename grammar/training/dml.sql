-- Training input for the parser's prediction snapshot (INSERT, UPDATE, DELETE, MERGE, OUTPUT, TRUNCATE, BULK INSERT).
-- Written for Preflight; not meant to be deployed.

-- INSERT ... VALUES
INSERT INTO dbo.Country (CountryCode, Iso3, Name, EuMember) VALUES ('NL', 'NLD', N'Netherlands', 1);
INSERT INTO dbo.Country (CountryCode, Iso3, Name, EuMember)
VALUES ('BE', 'BEL', N'Belgium', 1),
       ('DE', 'DEU', N'Germany', 1),
       ('GB', 'GBR', N'United Kingdom', 0),
       ('US', 'USA', N'United States', 0),
       ('CH', 'CHE', N'Switzerland', 0);
INSERT dbo.Currency VALUES ('EUR', N'€', 2);
INSERT dbo.Currency (CurrencyCode, Symbol) VALUES ('USD', N'$'), ('JPY', N'¥');
insert into dbo.Setting ([Key], [Value], [Description]) values ('shop.name', N'Northwind Cycles', N'Display name'), ('shop.vat', N'0.21', null)
INSERT INTO [dbo].[Setting] ([Key], [Value], [Order], [Group]) VALUES (N'mail.from', N'noreply@example.org', 10, 'mail');
GO

INSERT INTO shop.Customer (CustomerCode, DisplayName, Email, CreditLimit)
VALUES ('C0001', N'Acme Retail', N'orders@acme.example', 5000.00);
INSERT INTO shop.Customer (CustomerCode, DisplayName, Email, CreditLimit, IsActive, CreatedAt)
VALUES ('C0002', N'Blue Harbor Ltd', NULL, DEFAULT, 1, SYSUTCDATETIME()),
       ('C0003', N'Cedar & Sons', N'info@cedar.example', 250, 0, '2023-11-01T10:00:00');
GO

SET IDENTITY_INSERT shop.Customer ON;
INSERT INTO shop.Customer (CustomerId, CustomerCode, DisplayName) VALUES (-1, 'UNKNOWN', N'Unknown customer');
SET IDENTITY_INSERT shop.Customer OFF;
GO

INSERT INTO dbo.ImportStaging DEFAULT VALUES;
INSERT dbo.AuditLog DEFAULT VALUES;
GO

-- INSERT ... SELECT
INSERT INTO dbo.AuditLog (EventTime, UserName, ObjectName, Action, Payload)
SELECT SYSUTCDATETIME(), SUSER_SNAME(), N'shop.Customer', 'SEED', CONCAT(N'Customer ', c.CustomerCode)
FROM shop.Customer c
WHERE NOT EXISTS (SELECT 1 FROM dbo.AuditLog a WHERE a.ObjectName = N'shop.Customer' AND a.Payload LIKE N'%' + c.CustomerCode);
GO

INSERT INTO logistics.StockLevel (WarehouseId, ProductId, OnHand)
SELECT w.WarehouseId, p.ProductId, 0
FROM logistics.Warehouse w
CROSS JOIN shop.Product p
LEFT JOIN logistics.StockLevel s ON s.WarehouseId = w.WarehouseId AND s.ProductId = p.ProductId
WHERE s.ProductId IS NULL;
GO

INSERT TOP (1000) INTO dbo.ImportStaging (LineNo, RawLine)
SELECT ROW_NUMBER() OVER (ORDER BY (SELECT NULL)), CAST(o.OrderId AS NVARCHAR(20))
FROM shop.OrderHeader o;
GO

WITH src AS (SELECT DepartmentCode, Name FROM (VALUES ('OPS', N'Operations'), ('FIN', N'Finance'), ('IT', N'Information Technology')) v(DepartmentCode, Name))
INSERT INTO hr.Department (DepartmentCode, Name)
SELECT s.DepartmentCode, s.Name FROM src s
WHERE NOT EXISTS (SELECT 1 FROM hr.Department d WHERE d.DepartmentCode = s.DepartmentCode);
GO

-- INSERT ... EXEC
CREATE TABLE #who (spid INT, ecid INT, status NVARCHAR(60), loginame NVARCHAR(128), hostname NVARCHAR(128), blk CHAR(5), dbname NVARCHAR(128), cmd NVARCHAR(32), request_id INT);
INSERT INTO #who EXEC sp_who;
INSERT #who (spid, ecid, status, loginame, hostname, blk, dbname, cmd, request_id) EXECUTE ('EXEC sp_who');
DECLARE @customers TABLE (CustomerId INT, CustomerCode VARCHAR(20), DisplayName NVARCHAR(200), Email NVARCHAR(320), CreditLimit DECIMAL(18, 2));
INSERT INTO @customers EXEC shop.usp_GetCustomer @CustomerId = 1;
INSERT INTO @customers EXEC sys.sp_executesql N'SELECT CustomerId, CustomerCode, DisplayName, Email, CreditLimit FROM shop.Customer WHERE CustomerId = @id', N'@id INT', @id = 2;
DROP TABLE #who;
GO

-- INSERT with OUTPUT
DECLARE @newIds TABLE (CustomerId INT, CustomerCode VARCHAR(20));
INSERT INTO shop.Customer (CustomerCode, DisplayName)
OUTPUT inserted.CustomerId, inserted.CustomerCode INTO @newIds (CustomerId, CustomerCode)
VALUES ('C0100', N'Delta Freight'), ('C0101', N'Echo Bikes');
SELECT * FROM @newIds;
GO

INSERT INTO shop.Product (Sku, Name, UnitPrice)
OUTPUT INSERTED.ProductId, INSERTED.Sku, 'insert' AS Act
SELECT 'SKU-' + RIGHT('0000' + CAST(n AS VARCHAR(4)), 4), N'Generated product ' + CAST(n AS NVARCHAR(4)), 9.99
FROM (VALUES (1), (2), (3)) AS g(n);
GO

INSERT INTO Preflight_Train.dbo.RemoteCopy (Id, Label) VALUES (1, N'three-part');
INSERT INTO ArchiveServer.ShopArchive.shop.Customer (CustomerCode, DisplayName) SELECT CustomerCode, DisplayName FROM shop.Customer;
INSERT INTO OPENQUERY(ArchiveServer, 'SELECT Id, Label FROM ShopArchive.dbo.RemoteCopy') VALUES (2, N'openquery');
GO

-- UPDATE
UPDATE shop.Customer SET IsActive = 0 WHERE CustomerId = 3;
UPDATE shop.Customer SET CreditLimit = CreditLimit * 1.10, Email = LOWER(Email) WHERE IsActive = 1 AND Email IS NOT NULL;
update shop.Product set DiscontinuedOn = getdate() where Sku like 'OLD-%'
UPDATE TOP (100) dbo.ImportStaging SET RawLine = LTRIM(RTRIM(RawLine)) WHERE RawLine LIKE ' %';
UPDATE [dbo].[Setting] SET [Value] = N'0.09' WHERE [Key] = N'shop.vat';
UPDATE dbo.Setting SET [Value] = NULL, [Description] = DEFAULT WHERE [Group] = 'legacy';
GO

UPDATE oh
SET oh.SubTotal = t.LineSum,
    oh.TaxAmount = ROUND(t.LineSum * 0.21, 2)
FROM shop.OrderHeader AS oh
INNER JOIN (
    SELECT OrderId, SUM(LineTotal) AS LineSum
    FROM shop.OrderLine
    GROUP BY OrderId
) AS t ON t.OrderId = oh.OrderId
WHERE oh.Status < 2;
GO

UPDATE s
   SET s.ReorderPoint = CASE WHEN x.AvgQty > 100 THEN 200 WHEN x.AvgQty > 10 THEN 50 ELSE 10 END
  FROM logistics.StockLevel s
  CROSS APPLY (SELECT AVG(ol.Quantity) AS AvgQty FROM shop.OrderLine ol WHERE ol.ProductId = s.ProductId) x;
GO

UPDATE shop.Customer
SET LoyaltyTier = (SELECT CASE WHEN SUM(oh.SubTotal) > 10000 THEN 3 WHEN SUM(oh.SubTotal) > 1000 THEN 2 ELSE 1 END
                   FROM shop.OrderHeader oh WHERE oh.CustomerId = shop.Customer.CustomerId)
WHERE EXISTS (SELECT 1 FROM shop.OrderHeader oh WHERE oh.CustomerId = shop.Customer.CustomerId);
GO

DECLARE @counter INT = 0;
UPDATE dbo.ImportStaging SET @counter = LineNo = @counter + 1;
GO

UPDATE billing.Invoice
SET IsVoid = 1
OUTPUT deleted.InvoiceId, deleted.IsVoid AS WasVoid, inserted.IsVoid AS IsVoidNow, GETDATE() AS ChangedAt
WHERE IssueDate < '2015-01-01';
GO

DECLARE @log TABLE (Id INT, OldVal NVARCHAR(MAX), NewVal NVARCHAR(MAX));
UPDATE dbo.Setting
SET [Value] = UPPER([Value])
OUTPUT inserted.[Order], deleted.[Value], inserted.[Value] INTO @log
WHERE [Group] = 'mail';
GO

WITH stale AS (SELECT TOP (500) * FROM dbo.AuditLog WHERE EventTime < DATEADD(YEAR, -1, SYSUTCDATETIME()) ORDER BY AuditId)
UPDATE stale SET Payload = NULL;
GO

UPDATE p SET p.Tags.modify('insert <tag>sale</tag> into (/tags)[1]') FROM shop.Product p WHERE p.Category = 4;
UPDATE shop.Product SET Description.WRITE(N' (updated)', NULL, 0) WHERE ProductId = 1;
GO

UPDATE shop.OrderHeader WITH (ROWLOCK) SET Status = 1 WHERE OrderId = 1001 AND Status = 0;
GO

-- DELETE
DELETE FROM dbo.ImportStaging WHERE LoadedAt < DATEADD(DAY, -30, GETDATE());
DELETE dbo.ImportStaging WHERE RawLine IS NULL;
delete from dbo.Setting where [Key] = 'obsolete.flag'
DELETE TOP (1000) FROM dbo.AuditLog WHERE EventTime < '2020-01-01';
GO

DELETE ol
FROM shop.OrderLine ol
INNER JOIN shop.OrderHeader oh ON oh.OrderId = ol.OrderId
WHERE oh.Status = 9 AND oh.OrderDate < DATEADD(YEAR, -2, GETDATE());
GO

DELETE FROM s
FROM logistics.StockLevel AS s
LEFT JOIN shop.Product AS p ON p.ProductId = s.ProductId
WHERE p.ProductId IS NULL;
GO

DELETE FROM shop.[Address]
WHERE CustomerId IN (SELECT CustomerId FROM shop.Customer WHERE IsActive = 0)
  AND IsDefault = 0;
GO

DELETE FROM billing.Payment
OUTPUT deleted.* INTO dbo.PaymentArchive
WHERE PaidOn < '2018-01-01';
GO

DECLARE @deleted TABLE (AuditId BIGINT);
DELETE FROM dbo.AuditLog OUTPUT deleted.AuditId INTO @deleted WHERE Action = 'SEED';
SELECT COUNT(*) AS Removed FROM @deleted;
GO

DECLARE @batch INT = 5000, @rows INT = 1;
WHILE @rows > 0
BEGIN
    DELETE TOP (@batch) FROM dbo.AuditLog WHERE EventTime < DATEADD(MONTH, -18, SYSUTCDATETIME());
    SET @rows = @@ROWCOUNT;
    WAITFOR DELAY '00:00:01';
END
GO

-- MERGE
MERGE INTO dbo.Country AS tgt
USING (VALUES ('NL', 'NLD', N'Netherlands', 1),
              ('FR', 'FRA', N'France', 1),
              ('NO', 'NOR', N'Norway', 0)) AS src (CountryCode, Iso3, Name, EuMember)
ON tgt.CountryCode = src.CountryCode
WHEN MATCHED AND (tgt.Name <> src.Name OR tgt.EuMember <> src.EuMember) THEN
    UPDATE SET tgt.Name = src.Name, tgt.EuMember = src.EuMember
WHEN NOT MATCHED BY TARGET THEN
    INSERT (CountryCode, Iso3, Name, EuMember) VALUES (src.CountryCode, src.Iso3, src.Name, src.EuMember)
WHEN NOT MATCHED BY SOURCE AND tgt.CountryCode NOT IN ('GB', 'US') THEN
    DELETE
OUTPUT $action, inserted.CountryCode, deleted.CountryCode;
GO

MERGE shop.Product WITH (HOLDLOCK) AS t
USING (
    SELECT Sku, Name, UnitPrice FROM dbo.ImportProducts WHERE Sku IS NOT NULL
) AS s
ON (t.Sku = s.Sku)
WHEN MATCHED THEN
    UPDATE SET Name = s.Name, UnitPrice = s.UnitPrice
WHEN NOT MATCHED THEN
    INSERT (Sku, Name, UnitPrice) VALUES (s.Sku, s.Name, s.UnitPrice);
GO

DECLARE @mergeLog TABLE (Act NVARCHAR(10), WarehouseId SMALLINT, ProductId INT);
MERGE logistics.StockLevel AS target
USING (SELECT WarehouseId, ProductId, SUM(Qty) AS Qty FROM dbo.StockCount GROUP BY WarehouseId, ProductId) AS source
    ON target.WarehouseId = source.WarehouseId AND target.ProductId = source.ProductId
WHEN MATCHED AND source.Qty = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET target.OnHand = source.Qty, target.LastCounted = SYSDATETIME()
WHEN NOT MATCHED BY TARGET AND source.Qty > 0 THEN INSERT (WarehouseId, ProductId, OnHand, LastCounted) VALUES (source.WarehouseId, source.ProductId, source.Qty, SYSDATETIME())
OUTPUT $action, COALESCE(inserted.WarehouseId, deleted.WarehouseId), COALESCE(inserted.ProductId, deleted.ProductId) INTO @mergeLog;
SELECT Act, COUNT(*) FROM @mergeLog GROUP BY Act;
GO

WITH incoming AS (SELECT [Key], [Value] FROM dbo.SettingImport)
MERGE dbo.Setting t
USING incoming s ON t.[Key] = s.[Key]
WHEN MATCHED THEN UPDATE SET t.[Value] = s.[Value]
WHEN NOT MATCHED THEN INSERT ([Key], [Value]) VALUES (s.[Key], s.[Value]);
GO

merge top (100) dbo.Currency as c
using dbo.CurrencyFeed as f on c.CurrencyCode = f.Code
when matched then update set c.Symbol = f.Symbol
when not matched by target then insert (CurrencyCode, Symbol, Decimals) values (f.Code, f.Symbol, default);
GO

-- TRUNCATE, BULK INSERT, misc
TRUNCATE TABLE dbo.ImportStaging;
TRUNCATE TABLE [dbo].[AuditLog];
TRUNCATE TABLE dbo.Partitioned WITH (PARTITIONS (1, 3 TO 5));
GO

BULK INSERT dbo.ImportStaging
FROM 'C:\import\lines.txt'
WITH (FIELDTERMINATOR = '\t', ROWTERMINATOR = '\n', FIRSTROW = 2, CODEPAGE = '65001', TABLOCK, MAXERRORS = 10);
GO

BULK INSERT shop.Customer FROM '\\fileserver\share\customers.csv' WITH (FORMAT = 'CSV', FIELDQUOTE = '"', KEEPNULLS);
GO

-- SELECT INTO variants
SELECT c.CustomerId, c.DisplayName, SUM(oh.SubTotal) AS Revenue
INTO #Revenue
FROM shop.Customer c
LEFT JOIN shop.OrderHeader oh ON oh.CustomerId = c.CustomerId
GROUP BY c.CustomerId, c.DisplayName;

SELECT TOP (0) * INTO #EmptyCopy FROM shop.OrderHeader;
SELECT CAST(NULL AS INT) AS Id, CAST(N'' AS NVARCHAR(50)) AS Label INTO #Shape WHERE 1 = 0;
SELECT * INTO dbo.Revenue_Snapshot ON [PRIMARY] FROM #Revenue;
DROP TABLE IF EXISTS #Revenue, #EmptyCopy, #Shape;
GO

-- Variable assignment through DML
DECLARE @maxId BIGINT, @cnt INT;
SELECT @maxId = MAX(OrderId), @cnt = COUNT(*) FROM shop.OrderHeader;
UPDATE shop.OrderHeader SET @cnt = @cnt - 1, Comment = CONCAT(N'#', @cnt) WHERE OrderId > @maxId - 10;
GO
