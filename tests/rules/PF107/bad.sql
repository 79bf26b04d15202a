DROP VIEW dbo.vOrders;  -- expect: PF107
