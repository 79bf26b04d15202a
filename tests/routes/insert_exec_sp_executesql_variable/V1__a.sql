DECLARE @s nvarchar(max) = N'SELECT ' + N'1';
INSERT INTO dbo.Log (Msg) EXEC sp_executesql @s;
