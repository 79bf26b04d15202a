DROP TABLE dbo.Orders;
:r NotThere.sql
