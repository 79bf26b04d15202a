:setvar X "DROP TABLE dbo.Orders"
EXEC ('$(X)');
