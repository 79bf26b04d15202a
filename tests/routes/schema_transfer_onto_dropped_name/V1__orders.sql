CREATE TABLE app.Orders (Id int NOT NULL);
DROP TABLE app.Orders;
GO
ALTER SCHEMA app TRANSFER dbo.Orders;
GO
DROP TABLE app.Orders;
