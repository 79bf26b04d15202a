BEGIN TRY
    CREATE TABLE dbo.Orders (Id int NOT NULL);
END TRY
BEGIN CATCH
    PRINT 'dbo.Orders already exists';
END CATCH;
GO
DROP TABLE dbo.Orders;
