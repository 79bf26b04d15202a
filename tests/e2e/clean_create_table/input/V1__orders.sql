CREATE TABLE dbo.Orders (
    Id int NOT NULL PRIMARY KEY,
    Total decimal(19, 4) NOT NULL
);
GO
