ALTER INDEX IX_Orders_Customer ON dbo.Orders REBUILD;  -- expect: PF222 object=dbo.Orders.IX_Orders_Customer
ALTER INDEX ALL ON dbo.Orders REBUILD WITH (FILLFACTOR = 80);  -- expect: PF222 object=dbo.Orders contains="every index of dbo.Orders"
ALTER INDEX PK_Orders ON dbo.Orders REBUILD PARTITION = 3 WITH (ONLINE = OFF);  -- expect: PF222 at=65
ALTER TABLE dbo.Orders REBUILD;  -- expect: PF222 at=24 object=dbo.Orders
ALTER TABLE dbo.Orders REBUILD PARTITION = ALL WITH (DATA_COMPRESSION = ROW);  -- expect: PF222 at=24
DBCC DBREINDEX ('dbo.Orders');  -- expect: PF222 contains="DBCC DBREINDEX is rebuilt offline"
CREATE PROCEDURE dbo.Maintain AS
  ALTER INDEX ALL ON dbo.Orders REBUILD;  -- expect: PF222 contains="runs when procedure"
