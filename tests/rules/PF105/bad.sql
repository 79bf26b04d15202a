DROP INDEX IX_Orders_Placed ON dbo.Orders;  -- expect: PF105
