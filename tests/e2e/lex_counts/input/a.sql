-- GO here is a comment
SELECT 'GO' AS word;
GO
PRINT N'two';
