DROP TABLE dbo.Staging;  -- expect: PF101
GO
INSERT INTO dbo.Staging (Id) VALUES (1);  -- expect: PF404
