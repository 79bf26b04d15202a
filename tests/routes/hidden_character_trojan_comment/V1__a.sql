-- the next line is a harmless report ‮;DROP TABLE dbo.Orders -- ‬
SELECT COUNT(*) FROM dbo.Orders;
