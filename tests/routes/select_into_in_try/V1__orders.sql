BEGIN TRY
    SELECT * INTO dbo.Orders FROM dbo.OrdersImport;
END TRY
BEGIN CATCH
    PRINT 'kept the existing dbo.Orders';
END CATCH;
GO
TRUNCATE TABLE dbo.Orders;
