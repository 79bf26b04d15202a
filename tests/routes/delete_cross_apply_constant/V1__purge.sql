DELETE o FROM dbo.Orders AS o CROSS APPLY (SELECT 1 AS x) AS a;
DELETE o FROM dbo.Lines AS o CROSS APPLY (VALUES (1), (2)) AS v(n);
DELETE o FROM dbo.Notes AS o INNER JOIN dbo.Purge AS p ON 1 = 1;
DELETE o FROM dbo.Audit AS o CROSS JOIN (SELECT 1 AS x) AS a;
DELETE dbo.Events FROM dbo.Purge AS p INNER JOIN dbo.Batch AS b ON b.Id = p.BatchId;
UPDATE dbo.Prices SET Amount = 0 FROM dbo.Staging AS s INNER JOIN dbo.Batch AS b ON b.Id = s.BatchId;
DELETE o FROM dbo.Baskets AS o CROSS APPLY (SELECT COUNT(*) AS n FROM dbo.BasketLines AS l WHERE l.BasketId = o.Id) AS c;
DELETE FROM dbo.Sessions WHERE EXISTS (SELECT COUNT(*) FROM dbo.Logins AS l WHERE l.SessionId = Sessions.Id);
