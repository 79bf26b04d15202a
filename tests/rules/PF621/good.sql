EXEC sp_configure;
EXEC sp_configure 'max server memory (MB)';
SELECT value_in_use FROM sys.configurations WHERE name = N'clr enabled';
