:setvar X "x'; DROP TABLE dbo.Orders; --"
SELECT '$(X)';
