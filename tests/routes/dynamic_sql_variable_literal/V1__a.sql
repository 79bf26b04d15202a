DECLARE @s nvarchar(max);
SET @s = N'DROP TABLE dbo.Orders';
EXEC (@s);
