CREATE TABLE dbo.Scratch (Id int);  -- expect: PF405
GO
DROP TABLE dbo.Scratch;
