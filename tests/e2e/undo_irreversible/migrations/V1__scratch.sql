CREATE TABLE dbo.Scratch (Id int NOT NULL);
