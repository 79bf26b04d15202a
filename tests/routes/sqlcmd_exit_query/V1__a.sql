SELECT 1;
:exit(DROP TABLE dbo.Orders)
