INSERT INTO dbo.Orders WITH (TABLOCK) (Id) SELECT Id FROM dbo.Staging;  -- expect: PF227 at=30 end=1:37 object=dbo.Orders contains="TABLOCK locks all of dbo.Orders"
SELECT Id FROM dbo.Orders WITH (HOLDLOCK) WHERE Status = 0;  -- expect: PF227 contains="HOLDLOCK keeps shared range locks"
UPDATE dbo.Orders WITH (PAGLOCK) SET Status = 1 WHERE Status = 0;  -- expect: PF227 contains="PAGLOCK locks whole pages"
SELECT Id FROM dbo.Orders (SERIALIZABLE);  -- expect: PF227 at=28
SELECT a.Id FROM dbo.A AS a WITH (TABLOCK) JOIN dbo.B AS b WITH (PAGLOCK) ON a.Id = b.Id;  -- expect: PF227 object=dbo.A expect: PF227 object=dbo.B
EXEC (N'SELECT Id FROM dbo.Orders WITH (TABLOCK)');  -- expect: PF227
