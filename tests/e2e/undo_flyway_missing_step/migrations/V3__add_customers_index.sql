CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId);
