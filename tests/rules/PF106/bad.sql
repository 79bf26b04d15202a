ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Status;  -- expect: PF106
