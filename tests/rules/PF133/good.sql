CREATE TABLE dbo.T (Code varchar(10));
GO
ALTER TABLE dbo.T ALTER COLUMN Code varchar(50);
