:connect OtherServer
CREATE TABLE dbo.Orders (Id int);
GO
:connect ProdServer
DROP TABLE dbo.Orders;
