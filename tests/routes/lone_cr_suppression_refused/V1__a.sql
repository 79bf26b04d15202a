-- preflight-disable-file PF005, PF101 -- trust me
-- xDROP TABLE dbo.Orders;
