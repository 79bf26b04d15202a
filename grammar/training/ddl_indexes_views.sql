-- Training input for the parser's prediction snapshot (indexes, views, statistics, partitioning, full-text).
-- Written for Preflight; not meant to be deployed.

CREATE NONCLUSTERED INDEX IX_Customer_Email ON shop.Customer (Email);
GO
CREATE UNIQUE NONCLUSTERED INDEX UX_Customer_Email ON shop.Customer (Email) WHERE Email IS NOT NULL;
GO
CREATE INDEX IX_OrderHeader_Customer_Date ON shop.OrderHeader (CustomerId ASC, OrderDate DESC)
    INCLUDE (Status, SubTotal, TaxAmount)
    WITH (ONLINE = ON, SORT_IN_TEMPDB = ON, FILLFACTOR = 85, DATA_COMPRESSION = PAGE);
GO
CREATE NONCLUSTERED INDEX [IX_OrderHeader_Status] ON [shop].[OrderHeader]
(
    [Status] ASC,
    [OrderDate] ASC
)
INCLUDE ([CustomerId]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
GO
create index IX_OrderLine_Product on shop.OrderLine (ProductId) include (Quantity, UnitPrice)
go
CREATE UNIQUE CLUSTERED INDEX CIX_StockLevel ON logistics.StockLevel (WarehouseId, ProductId) WITH (DROP_EXISTING = ON);
GO
CREATE INDEX IX_Shipment_Open ON logistics.Shipment (WarehouseId, ShippedAt)
    WHERE DeliveredAt IS NULL AND Carrier <> 'PICKUP';
GO
CREATE NONCLUSTERED INDEX IX_Employee_Manager ON hr.Employee (ManagerId) WITH (MAXDOP = 4, ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 5 MINUTES, ABORT_AFTER_WAIT = SELF)));
GO
CREATE INDEX IX_Employee_Dept ON hr.Employee (DepartmentCode) INCLUDE (FirstName, LastName) ON [INDEXES];
GO
CREATE INDEX IX_Partitioned_Amount ON dbo.Partitioned (Amount) ON psEventDate (EventDate);
GO
CREATE NONCLUSTERED COLUMNSTORE INDEX NCCI_OrderLine ON shop.OrderLine (OrderId, ProductId, Quantity, UnitPrice);
GO
CREATE CLUSTERED COLUMNSTORE INDEX CCI_Fact ON dbo.ColumnstoreFact WITH (DROP_EXISTING = OFF, COMPRESSION_DELAY = 10);
GO
CREATE NONCLUSTERED INDEX IX_Invoice_Resumable ON billing.Invoice (IssueDate) WITH (ONLINE = ON, RESUMABLE = ON, MAX_DURATION = 60);
GO
CREATE SPATIAL INDEX SIX_Address_Location ON shop.[Address] (Location);
GO
CREATE PRIMARY XML INDEX PXML_Product_Tags ON shop.Product (Tags);
GO
CREATE XML INDEX SXML_Product_Tags_Path ON shop.Product (Tags) USING XML INDEX PXML_Product_Tags FOR PATH;
GO

-- Index maintenance
ALTER INDEX IX_Customer_Email ON shop.Customer REBUILD;
GO
ALTER INDEX ALL ON shop.OrderHeader REBUILD WITH (FILLFACTOR = 90, ONLINE = ON, SORT_IN_TEMPDB = ON);
GO
ALTER INDEX IX_OrderLine_Product ON shop.OrderLine REORGANIZE;
GO
ALTER INDEX ALL ON shop.OrderLine REORGANIZE WITH (LOB_COMPACTION = ON);
GO
ALTER INDEX IX_Shipment_Open ON logistics.Shipment DISABLE;
GO
alter index IX_Employee_Dept on hr.Employee rebuild partition = all with (data_compression = row)
go
ALTER INDEX IX_Partitioned_Amount ON dbo.Partitioned REBUILD PARTITION = 3;
GO
ALTER INDEX IX_Invoice_Resumable ON billing.Invoice PAUSE;
ALTER INDEX IX_Invoice_Resumable ON billing.Invoice RESUME;
ALTER INDEX IX_Invoice_Resumable ON billing.Invoice ABORT;
GO
ALTER INDEX UX_Customer_Email ON shop.Customer SET (ALLOW_PAGE_LOCKS = OFF, STATISTICS_NORECOMPUTE = ON);
GO
DROP INDEX IX_Customer_Email ON shop.Customer;
GO
DROP INDEX IF EXISTS IX_OrderHeader_Status ON shop.OrderHeader;
GO
DROP INDEX [IX_Employee_Dept] ON [hr].[Employee] WITH (ONLINE = OFF);
GO
DROP INDEX shop.OrderLine.IX_OrderLine_Product;
GO

-- Statistics
CREATE STATISTICS ST_OrderHeader_RequiredDate ON shop.OrderHeader (RequiredDate);
GO
CREATE STATISTICS ST_Product_Cat_Price ON shop.Product (Category, UnitPrice) WITH FULLSCAN;
GO
CREATE STATISTICS ST_Customer_Active ON shop.Customer (CreditLimit) WHERE IsActive = 1 WITH SAMPLE 25 PERCENT, NORECOMPUTE;
GO
UPDATE STATISTICS shop.OrderHeader;
UPDATE STATISTICS shop.OrderHeader ST_OrderHeader_RequiredDate WITH FULLSCAN;
UPDATE STATISTICS shop.Product (ST_Product_Cat_Price) WITH SAMPLE 50 PERCENT;
UPDATE STATISTICS hr.Employee WITH RESAMPLE, ALL;
GO
DROP STATISTICS shop.OrderHeader.ST_OrderHeader_RequiredDate;
GO
EXEC sp_updatestats;
GO

-- Partitioning
CREATE PARTITION FUNCTION pfEventDate (DATE)
AS RANGE RIGHT FOR VALUES ('2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01');
GO
CREATE PARTITION SCHEME psEventDate
AS PARTITION pfEventDate ALL TO ([PRIMARY]);
GO
CREATE PARTITION FUNCTION pfOrderId (BIGINT) AS RANGE LEFT FOR VALUES (1000000, 2000000, 3000000);
GO
CREATE PARTITION SCHEME psOrderId AS PARTITION pfOrderId TO (FG2021, FG2022, FG2023, [PRIMARY]);
GO
ALTER PARTITION SCHEME psEventDate NEXT USED [PRIMARY];
GO
ALTER PARTITION FUNCTION pfEventDate() SPLIT RANGE ('2026-01-01');
GO
ALTER PARTITION FUNCTION pfEventDate() MERGE RANGE ('2022-01-01');
GO

-- Views
CREATE VIEW shop.vActiveCustomer
AS
SELECT c.CustomerId, c.CustomerCode, c.DisplayName, c.Email, c.CreditLimit
FROM shop.Customer AS c
WHERE c.IsActive = 1;
GO

CREATE VIEW shop.vOrderSummary
WITH SCHEMABINDING
AS
SELECT  oh.CustomerId,
        COUNT_BIG(*) AS OrderCount,
        SUM(oh.SubTotal) AS SubTotal,
        SUM(ISNULL(oh.Freight, 0)) AS Freight
FROM    shop.OrderHeader AS oh
WHERE   oh.Status <> 9
GROUP BY oh.CustomerId;
GO

CREATE UNIQUE CLUSTERED INDEX CIX_vOrderSummary ON shop.vOrderSummary (CustomerId);
GO

CREATE OR ALTER VIEW shop.vOrderDetail
AS
    SELECT oh.OrderId,
           oh.OrderNumber,
           oh.OrderDate,
           c.DisplayName AS Customer,
           ol.LineNo,
           p.Sku,
           p.Name AS ProductName,
           ol.Quantity,
           ol.UnitPrice,
           ol.LineTotal
    FROM shop.OrderHeader oh
    INNER JOIN shop.Customer c ON c.CustomerId = oh.CustomerId
    INNER JOIN shop.OrderLine ol ON ol.OrderId = oh.OrderId
    LEFT OUTER JOIN shop.Product p ON p.ProductId = ol.ProductId;
GO

ALTER VIEW shop.vActiveCustomer
WITH SCHEMABINDING, VIEW_METADATA
AS
SELECT c.CustomerId, c.CustomerCode, c.DisplayName, c.Email, c.CreditLimit, c.LoyaltyTier
FROM shop.Customer AS c
WHERE c.IsActive = 1
GO

CREATE VIEW [hr].[vEmployeeDirectory] ([EmployeeId], [Name], [Department], [Manager])
AS
SELECT e.EmployeeId, e.FullName, d.Name, m.FullName
FROM hr.Employee e
JOIN hr.Department d ON d.DepartmentCode = e.DepartmentCode
LEFT JOIN hr.Employee m ON m.EmployeeId = e.ManagerId
WHERE e.TerminationDate IS NULL
GO

create view logistics.vStockAlert as
select w.Code as Warehouse, p.Sku, s.OnHand, s.Reserved, s.Available, s.ReorderPoint
from logistics.StockLevel s
join logistics.Warehouse w on w.WarehouseId = s.WarehouseId
join shop.Product p on p.ProductId = s.ProductId
where s.Available < isnull(s.ReorderPoint, 10)
with check option
go

CREATE VIEW billing.vOpenInvoice
AS
WITH Paid AS
(
    SELECT InvoiceId, SUM(Amount) AS PaidTotal
    FROM billing.Payment
    GROUP BY InvoiceId
)
SELECT i.InvoiceId, i.InvoiceNo, i.CustomerId, i.IssueDate, i.DueDate,
       i.Amount, COALESCE(p.PaidTotal, 0) AS PaidTotal,
       i.Amount - COALESCE(p.PaidTotal, 0) AS Outstanding,
       CASE WHEN i.DueDate < CAST(GETDATE() AS DATE) THEN 'Overdue' ELSE 'Open' END AS State
FROM billing.Invoice i
LEFT JOIN Paid p ON p.InvoiceId = i.InvoiceId
WHERE i.IsVoid = 0
  AND i.Amount > COALESCE(p.PaidTotal, 0);
GO

CREATE VIEW dbo.vCustomerUnion
AS
SELECT CustomerId AS Id, DisplayName AS Name, 'customer' AS Kind FROM shop.Customer
UNION ALL
SELECT EmployeeId, FullName, 'employee' FROM hr.Employee;
GO

CREATE VIEW billing.vPriceHistory AS
SELECT PriceListId, ProductId, Amount, ValidFrom, ValidTo
FROM billing.PriceList FOR SYSTEM_TIME ALL;
GO

CREATE VIEW billing.vPriceAsOf2023 AS
SELECT PriceListId, ProductId, Amount
FROM billing.PriceList FOR SYSTEM_TIME AS OF '2023-06-30T00:00:00';
GO

CREATE VIEW dbo.vTopProducts AS
SELECT TOP (100) PERCENT p.ProductId, p.Name, SUM(ol.Quantity) AS Sold
FROM shop.Product p
JOIN shop.OrderLine ol ON ol.ProductId = p.ProductId
GROUP BY p.ProductId, p.Name
ORDER BY Sold DESC;
GO

CREATE VIEW dbo.vRemoteOrders AS
SELECT o.OrderId, o.CustomerId FROM [ArchiveServer].[ShopArchive].[shop].[OrderHeader] o;
GO

DROP VIEW shop.vOrderDetail;
GO
DROP VIEW IF EXISTS dbo.vCustomerUnion, dbo.vTopProducts;
GO
IF OBJECT_ID(N'dbo.vRemoteOrders', N'V') IS NOT NULL
    DROP VIEW dbo.vRemoteOrders;
GO

-- Full-text
CREATE FULLTEXT CATALOG ftcShop AS DEFAULT;
GO
CREATE FULLTEXT INDEX ON shop.Product (Name LANGUAGE 1033, Description)
    KEY INDEX PK_Product ON ftcShop
    WITH CHANGE_TRACKING AUTO;
GO
ALTER FULLTEXT INDEX ON shop.Product START FULL POPULATION;
GO
DROP FULLTEXT INDEX ON shop.Product;
GO
DROP FULLTEXT CATALOG ftcShop;
GO

-- Synonyms
CREATE SYNONYM dbo.Customers FOR shop.Customer;
GO
CREATE SYNONYM [dbo].[ArchivedOrders] FOR [ArchiveServer].[ShopArchive].[shop].[OrderHeader];
GO
DROP SYNONYM IF EXISTS dbo.Customers;
GO
DROP SYNONYM dbo.ArchivedOrders;
GO
