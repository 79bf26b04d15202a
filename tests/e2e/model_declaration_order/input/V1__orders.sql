CREATE TABLE dbo.Orders (
    Zeta int NOT NULL,
    Alpha nvarchar(40) NULL CONSTRAINT DF_Orders_Alpha DEFAULT (N''),
    Middle date NOT NULL
);
