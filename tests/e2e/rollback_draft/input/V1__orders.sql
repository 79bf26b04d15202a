CREATE TABLE dbo.Orders (Id int NOT NULL, Code nvarchar(20) NULL);
GO
CREATE INDEX IX_Orders_Code ON dbo.Orders (Code);
GO
CREATE PROCEDURE dbo.Orders_Read AS SELECT Id FROM dbo.Orders;
GO
