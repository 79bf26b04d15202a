:setvar Stmt "DROP TABLE dbo.Orders"
