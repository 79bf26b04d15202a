CREATE TABLE dbo.Orders (Id int NOT NULL PRIMARY KEY, Total decimal(10, 2) NOT NULL);
