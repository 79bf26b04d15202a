DECLARE @cursorName sysname = N'x';
