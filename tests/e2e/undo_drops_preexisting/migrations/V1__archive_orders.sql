CREATE TABLE dbo.OrderArchive (Id int NOT NULL, ArchivedAt datetime2 NOT NULL);
