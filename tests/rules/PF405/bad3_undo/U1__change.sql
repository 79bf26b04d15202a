DROP INDEX IX_Orders_Customer ON dbo.Orders;  -- expect: PF105
