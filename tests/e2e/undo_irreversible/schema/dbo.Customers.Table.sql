CREATE TABLE dbo.Customers (
  Id int NOT NULL,
  Email nvarchar(320) NOT NULL,
  Fax varchar(20) NULL
);
GO
CREATE TABLE dbo.LegacyOrders (Id int NOT NULL);
GO
CREATE TABLE dbo.AuditLog (Id bigint NOT NULL, At datetime2 NOT NULL);
