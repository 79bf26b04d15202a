ALTER TABLE dbo.Orders ALTER COLUMN Total bigint NULL;
ALTER TABLE dbo.Orders ADD Status tinyint NULL;
CREATE INDEX IX_Orders_Status ON dbo.Orders (Status);
EXEC sp_rename 'dbo.Orders.Note', 'Remark', 'COLUMN';
EXEC sp_rename 'dbo.Customer', 'Customers';
GO
CREATE VIEW dbo.OpenOrders AS SELECT Id, Total FROM dbo.Orders WHERE Status = 0;
GO
DROP TABLE dbo.Legacy;
