-- The staging table was created by this deployment (V003): dropping it loses nothing.
DROP TABLE dbo.OrderImport;
GO

-- The old system's table holds rows that exist nowhere else once it is gone.
DROP TABLE dbo.LegacyOrders;
GO
