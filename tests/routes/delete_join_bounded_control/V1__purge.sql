DELETE o FROM dbo.Orders AS o INNER JOIN dbo.Purge AS p ON p.OrderId = o.OrderId;
DELETE o FROM dbo.Orders AS o CROSS APPLY (SELECT TOP (1) 1 AS x FROM dbo.Purge AS p WHERE p.OrderId = o.OrderId) AS a;
DELETE o FROM dbo.Orders AS o CROSS APPLY dbo.ExpiredLines(o.OrderId) AS e;
UPDATE o SET o.Status = s.Status FROM dbo.Orders AS o JOIN dbo.Staging AS s ON s.Id = o.Id;
DELETE FROM dbo.Orders WHERE 1 = 1 AND PlacedAtUtc < '2020-01-01';
DELETE FROM dbo.Orders WHERE Status = 'a' OR 1 = 0;
