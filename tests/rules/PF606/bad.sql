BULK INSERT dbo.Rates FROM 'C:\load\rates.csv' WITH (FORMATFILE = 'C:\load\rates.fmt');  -- expect: PF606 at=28 expect: PF606 at=67
backup log Sales to disk = 'E:\logs\Sales.trn' with copy_only;  -- expect: PF606 at=28
