DROP INDEX IX_Orders_Customer ON dbo.Orders;
RETURN;
CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId, OrderDate);
