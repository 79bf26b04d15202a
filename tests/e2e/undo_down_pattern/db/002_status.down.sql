IF OBJECT_ID(N'dbo.CK_Orders_Status') IS NOT NULL
  ALTER TABLE dbo.Orders DROP CONSTRAINT CK_Orders_Status;
GO
DROP TABLE dbo.OrderStatus;
