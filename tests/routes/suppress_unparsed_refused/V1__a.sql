-- preflight-disable-next-statement PF001 -- grammar gap
FROBNICATE TABLE dbo.Orders WITH FIRE;
