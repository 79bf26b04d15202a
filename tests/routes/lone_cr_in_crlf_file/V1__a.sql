SELECT 1;
-- cleanup noteDROP TABLE dbo.Orders;
SELECT 2;
