-- x/*
GO
*/ DROP TABLE dbo.Orders;
