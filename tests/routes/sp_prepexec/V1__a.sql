DECLARE @h int;
EXEC sp_prepexec @h OUTPUT, NULL, N'DELETE FROM dbo.Orders';
