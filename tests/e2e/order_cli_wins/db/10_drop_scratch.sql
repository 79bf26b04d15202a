DROP TABLE dbo.Scratch;
