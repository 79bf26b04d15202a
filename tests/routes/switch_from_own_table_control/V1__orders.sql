CREATE TABLE dbo.Orders_stage (Id int NOT NULL);
CREATE TABLE dbo.Orders_new (Id int NOT NULL);
GO
ALTER TABLE dbo.Orders_stage SWITCH TO dbo.Orders_new;
GO
DROP TABLE dbo.Orders_new;
DROP TABLE dbo.Orders_stage;
