CREATE TABLE dbo.Audit (Id int NOT NULL);
