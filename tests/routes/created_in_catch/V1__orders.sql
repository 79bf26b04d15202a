BEGIN TRY
    EXEC dbo.PrepareOrders;
END TRY
BEGIN CATCH
    CREATE TABLE dbo.Orders (Id int NOT NULL);
END CATCH;
GO
DROP TABLE dbo.Orders;
