DELETE FROM dbo.Orders WHERE PlacedAtUtc < '2020-01-01';
