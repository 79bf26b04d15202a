CREATE VIEW dbo.OpenOrders AS SELECT Id FROM dbo.Orders WHERE Closed = 0;  -- expect: PF405
