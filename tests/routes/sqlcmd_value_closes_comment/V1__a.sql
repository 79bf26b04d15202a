:setvar X "*/ DROP TABLE dbo.Orders /*"
/* $(X) */
SELECT 1;
