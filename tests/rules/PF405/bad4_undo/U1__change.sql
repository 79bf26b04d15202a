DROP PROCEDURE dbo.OpenOrders;  -- expect: PF107
