UPDATE dbo.Orders SET Status = 'closed' WHERE OrderId = 42;
