CREATE TABLE dbo.Audit (Id int NOT NULL, At datetime2 NOT NULL);
