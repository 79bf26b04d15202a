-- preflight-disable-next-statement PF10l -- archived in CHG-1234  -- expect: PF002
DROP TABLE dbo.Orders;  -- expect: PF101 suppressed=no
