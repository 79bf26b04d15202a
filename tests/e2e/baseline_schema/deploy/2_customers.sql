INSERT INTO dbo.Customers (Id) VALUES (1);
GO
CREATE TABLE dbo.Regions (Id int NOT NULL);
GO
ALTER TABLE dbo.Regions ADD Name nvarchar(20) NOT NULL;
ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL;
