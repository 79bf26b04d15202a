EXEC sp_MSforeachtable @command1 = 'SELECT 1', @whereand = ' AND 1 = 1';
