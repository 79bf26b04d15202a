CREATE TABLE dbo.Orders (Id int NOT NULL, Code varchar(20) NULL, Note varchar(50) NULL);
