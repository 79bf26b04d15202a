DECLARE @s nvarchar(max) = N'SELECT 1';
EXEC dbo.BuildStatement @sql = @s OUTPUT;
EXEC sp_executesql @s;
