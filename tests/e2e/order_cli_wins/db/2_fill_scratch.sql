INSERT INTO dbo.Scratch (Id) SELECT Id FROM dbo.Orders;
