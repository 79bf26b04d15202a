SET XACT_ABORT ON;
BEGIN TRY
  BEGIN TRAN;
  UPDATE dbo.Orders SET Region = 'EU' WHERE Region IS NULL;
  COMMIT;
END TRY
BEGIN CATCH
  IF @@TRANCOUNT > 0 ROLLBACK;
  THROW;
END CATCH
GO
-- A retry loop that gives up with RAISERROR at severity 16.
DECLARE @tries int = 0;
WHILE @tries < 3
BEGIN
  BEGIN TRY
    UPDATE dbo.Orders SET Region = 'US' WHERE Region = 'XX';
    BREAK;
  END TRY
  BEGIN CATCH
    SET @tries += 1;
    IF @tries = 3
    BEGIN
      DECLARE @m nvarchar(4000) = ERROR_MESSAGE();
      RAISERROR(@m, 16, 1);
    END
  END CATCH
END
GO
CREATE PROCEDURE dbo.TryIt AS
BEGIN TRY
  DELETE FROM dbo.Queue WHERE Id = 1;
END TRY
BEGIN CATCH
  PRINT ERROR_MESSAGE();
END CATCH
