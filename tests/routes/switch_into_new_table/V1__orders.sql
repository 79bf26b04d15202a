CREATE TABLE dbo.Orders_new (Id int NOT NULL);
GO
ALTER TABLE dbo.Orders SWITCH TO dbo.Orders_new;
GO
DROP TABLE dbo.Orders_new;
