ALTER TABLE dbo.Orders ADD Region char(2) NULL;
ALTER TABLE Sales.OrderLines ADD Taxed bit NULL;
ALTER TABLE dbo.Customers ADD Tier int NULL;
ALTER TABLE dbo.Suppliers ADD Tier int NULL;
GO
UPDATE dbo.Orders SET Region = 'EU';  -- expect: PF231 object=dbo.Orders contains="which the policy lists as large (target.large_tables)"
update sales.orderlines set Taxed = 0;  -- expect: PF231 object=sales.orderlines
UPDATE Customers SET Tier = 1;  -- expect: PF231
-- Not listed: PF230 at warn.
UPDATE dbo.Suppliers SET Tier = 1;  -- expect: PF230
-- Batched: neither.
UPDATE TOP (1000) dbo.Orders SET Region = 'EU' WHERE Region IS NULL;
