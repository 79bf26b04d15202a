DELETE FROM dbo.Staging;
