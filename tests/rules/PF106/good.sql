ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Status;
ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Orders_Status DEFAULT 'open' FOR Status;
