-- Each CATCH hands the deployment tool a script that succeeded.
BEGIN TRY
  ALTER TABLE dbo.Orders ADD Region char(2) NULL;
END TRY
BEGIN CATCH
  PRINT 'Region already exists: ' + ERROR_MESSAGE();  -- expect: PF703
END CATCH
GO
SET XACT_ABORT ON;
BEGIN TRY
  BEGIN TRAN;
  UPDATE dbo.Orders SET Region = 'EU' WHERE Region IS NULL;
  COMMIT;
END TRY
BEGIN CATCH
  IF @@TRANCOUNT > 0 ROLLBACK;  -- expect: PF703
  SELECT ERROR_NUMBER() AS Number, ERROR_MESSAGE() AS Message;
END CATCH
GO
BEGIN TRY  -- expect: PF703
  DELETE FROM dbo.Queue WHERE Id = 1;
END TRY
BEGIN CATCH
END CATCH
