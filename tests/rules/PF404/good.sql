DROP TABLE dbo.Staging;  -- expect: PF101
GO
CREATE TABLE dbo.Staging (Id int);
GO
INSERT INTO dbo.Staging (Id) VALUES (1);
