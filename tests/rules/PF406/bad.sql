ALTER SCHEMA app TRANSFER dbo.Orders;  -- expect: PF406 at=27 end=1:37 object=dbo.Orders message="ALTER SCHEMA moves dbo.Orders to app.Orders: code that still uses dbo.Orders breaks, and the permissions granted on it are dropped"
alter schema [sales] transfer object::[dbo].[GetOrder];  -- expect: PF406 at=39 object=dbo.GetOrder contains="to sales.GetOrder"
ALTER SCHEMA app TRANSFER TYPE::dbo.OrderList;  -- expect: PF406 object=dbo.OrderList contains="moves TYPE dbo.OrderList"
ALTER SCHEMA app TRANSFER Customers;  -- expect: PF406 object=Customers
GO
CREATE PROCEDURE dbo.Move AS
  ALTER SCHEMA archive TRANSFER dbo.Old;  -- expect: PF406 object=dbo.Old
GO
