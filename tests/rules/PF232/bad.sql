SET XACT_ABORT ON;
BEGIN TRANSACTION;
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
GO
UPDATE dbo.Orders SET Region = 'EU';  -- expect: PF232 at=1 object=dbo.Orders contains="inside the transaction begun at line 2, after ALTER TABLE at line 3 changed its schema" expect: PF230
DELETE FROM dbo.Orders WHERE Status = 'void';  -- expect: PF232
MERGE dbo.Orders AS t USING dbo.Staging AS s ON s.Id = t.Id WHEN MATCHED THEN UPDATE SET t.Status = s.Status;  -- expect: PF232
INSERT INTO dbo.Orders (Id) SELECT Id FROM dbo.Staging;  -- expect: PF232
COMMIT;
GO
BEGIN TRY
  BEGIN TRAN;
  ALTER INDEX ALL ON dbo.Customers REBUILD;  -- expect: PF222
  UPDATE c SET c.Tier = 1 FROM dbo.Customers AS c WHERE c.Tier IS NULL;  -- expect: PF232 contains="after ALTER INDEX … REBUILD at line 13"
  COMMIT;
END TRY
BEGIN CATCH
  IF @@TRANCOUNT > 0 ROLLBACK;
  THROW;
END CATCH;
