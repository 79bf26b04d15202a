CREATE TABLE dbo.Scratch (Id int NOT NULL);
GO
ALTER TABLE dbo.Customers ALTER COLUMN Email nvarchar(320) NOT NULL;
GO
ALTER TABLE dbo.Customers ADD Fax varchar(20) NULL;
GO
CREATE TABLE dbo.LegacyOrders (Id int NOT NULL);
