-- preflight-disable-next-statement PF101 because we archived the rows in CHG-1234
DROP TABLE dbo.LegacyOrders;
