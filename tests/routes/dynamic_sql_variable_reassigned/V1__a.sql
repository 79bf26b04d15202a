DECLARE @s nvarchar(max) = N'SELECT 1';
SELECT @s = N'DROP TABLE dbo.Orders';
EXEC (@s);
