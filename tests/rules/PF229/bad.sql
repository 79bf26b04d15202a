SELECT * INTO dbo.Orders_Backup FROM dbo.Orders;  -- expect: PF229 at=15 end=1:32 object=dbo.Orders_Backup contains="copies what it reads of dbo.Orders"
SELECT o.Id, c.Name INTO archive.OrderNames FROM #ids AS i JOIN dbo.Orders AS o ON o.Id = i.Id JOIN dbo.Customers AS c ON c.Id = o.CustomerId;  -- expect: PF229 contains="of dbo.Orders"
WITH recent AS (SELECT Id FROM dbo.Orders WHERE Year = 2024)
SELECT Id INTO dbo.RecentOrders FROM recent;  -- expect: PF229 contains="of dbo.Orders"
