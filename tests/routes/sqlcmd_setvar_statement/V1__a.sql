:setvar X "DROP TABLE dbo.Orders"
SELECT 1;
$(X);
