IF OBJECT_ID(N'dbo.CK_Orders_Total') IS NOT NULL
  ALTER TABLE dbo.Orders DROP CONSTRAINT CK_Orders_Total;  -- expect: PF106
