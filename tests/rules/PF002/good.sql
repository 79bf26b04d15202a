-- preflight-disable-next-statement PF101 -- archived in CHG-1234
DROP TABLE dbo.Orders;  -- expect: PF101 suppressed=inline
