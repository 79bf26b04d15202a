CREATE TABLE dbo.Orders (Id int NOT NULL, Code nvarchar(10));
