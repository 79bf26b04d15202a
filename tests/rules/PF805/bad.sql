CREATE UNIQUE INDEX UX_Orders_Code ON dbo.Orders (Code);  -- expect: PF805 at=1 object=dbo.Orders.UX_Orders_Code contains="SELECT Code, COUNT(*) FROM dbo.Orders GROUP BY Code" expect: PF221
create unique clustered index [CX_Customers] on [Sales].[Customers] ([Region], [Email]);  -- expect: PF805 contains="GROUP BY Region, Email" expect: PF221
ALTER TABLE dbo.Orders ADD CONSTRAINT UQ_Orders_Number UNIQUE (Number);  -- expect: PF805 at=28 object=dbo.Orders.UQ_Orders_Number contains="UNIQUE constraint UQ_Orders_Number is checked against the rows already in dbo.Orders" expect: PF221
ALTER TABLE dbo.Invoices ADD PRIMARY KEY (Id);  -- expect: PF805 object=dbo.Invoices contains="PRIMARY KEY constraint is checked" expect: PF221
GO
-- In a procedure: the table holds rows by the time it is called.
CREATE PROCEDURE dbo.Fix AS
CREATE UNIQUE INDEX UX_Lines ON dbo.Lines (OrderId, LineNo);  -- expect: PF805 contains="runs when procedure dbo.Fix is called" expect: PF221
GO
EXEC (N'CREATE UNIQUE INDEX UX_Payments ON dbo.Payments (Reference)');  -- expect: PF805 expect: PF221
GO
-- A view the deployment created shows its tables' rows.
CREATE VIEW dbo.OrderTotals WITH SCHEMABINDING AS SELECT CustomerId, COUNT_BIG(*) AS n FROM dbo.Orders GROUP BY CustomerId;
GO
CREATE UNIQUE CLUSTERED INDEX CX_OrderTotals ON dbo.OrderTotals (CustomerId);  -- expect: PF805 contains="(a view: the rows of its tables)"
GO
-- Dropped under another name, or on another table: not a re-creation.
ALTER TABLE dbo.Receipts DROP CONSTRAINT PK_Receipts_Old;  -- expect: PF106
ALTER TABLE dbo.Receipts ADD CONSTRAINT PK_Receipts PRIMARY KEY (Id);  -- expect: PF805 expect: PF221
DROP INDEX UX_Code ON dbo.Other;  -- expect: PF105
CREATE UNIQUE INDEX UX_Code ON dbo.Receipts (Code);  -- expect: PF805 expect: PF221
