:setvar Stmt "DROP TABLE dbo.Orders"
:r inc.sql
