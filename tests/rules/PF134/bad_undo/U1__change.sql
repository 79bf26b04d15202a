CREATE TABLE dbo.LegacyOrders (Id int NOT NULL);
