-- noteDROP TABLE dbo.Orders;
