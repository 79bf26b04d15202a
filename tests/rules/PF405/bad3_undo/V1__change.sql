CREATE INDEX IX_Orders_Date ON dbo.Orders (OrderDate);  -- expect: PF405 expect: PF221
