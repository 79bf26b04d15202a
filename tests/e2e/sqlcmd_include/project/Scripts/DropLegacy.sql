DROP TABLE dbo.LegacyOrders;
SELECT $(BatchSize) AS batch_size;
