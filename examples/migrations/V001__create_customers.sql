-- Customers: the first table of the sample schema.
CREATE TABLE dbo.Customers (
    CustomerId   int IDENTITY(1, 1) NOT NULL CONSTRAINT PK_Customers PRIMARY KEY,
    Email        nvarchar(320) NOT NULL CONSTRAINT UQ_Customers_Email UNIQUE,
    DisplayName  nvarchar(200) NULL,
    CreatedAtUtc datetime2(3) NOT NULL CONSTRAINT DF_Customers_CreatedAtUtc DEFAULT SYSUTCDATETIME()
);
GO
