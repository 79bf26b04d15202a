CREATE TABLE dbo.Scratch (Id int NOT NULL);
DROP TABLE dbo.Scratch;
EXEC sp_rename 'dbo.Orders', 'Scratch';
GO
DROP TABLE dbo.Scratch;
