-- preflight-disable-next-statement PF101 -- archived to archive.Orders in CHG-1234
DROP TABLE dbo.Orders;
-- preflight-disable-next-statement drop-table
DROP TABLE dbo.Customers;
/* preflight-disable-next-statement PF121 -- emptied on purpose */
DELETE FROM dbo.Staging;
-- preflight-disable-next-statement PF10l -- typo in the rule id
DROP TABLE dbo.Invoices;
-- preflight-disable-next-statement PF122 -- nothing here to suppress
SELECT 1;
