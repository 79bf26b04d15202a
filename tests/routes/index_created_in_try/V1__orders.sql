BEGIN TRY
    CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId);
END TRY
BEGIN CATCH
    PRINT 'index exists';
END CATCH;
GO
DROP INDEX IX_Orders_Customer ON dbo.Orders;
