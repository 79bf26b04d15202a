DECLARE @s nvarchar(20) = N'SELECT 1 -- harmless
'; DECLARE @t nvarchar(max) = N'SELECT 1';
EXEC (@s);
