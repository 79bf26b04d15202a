EXEC sp_configure 'show advanced options', 1;
