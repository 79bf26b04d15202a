EXEC (N'SELECT 1; -- ok ‮
SELECT N''‮'' AS data;');
