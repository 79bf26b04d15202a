MERGE dbo.Prices AS t USING dbo.NewPrices AS s ON t.Id = s.Id WHEN MATCHED THEN UPDATE SET t.Price = s.Price WHEN NOT MATCHED THEN INSERT (Id, Price) VALUES (s.Id, s.Price);
