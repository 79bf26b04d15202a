IF OBJECT_ID('dbo.usp_A') IS NOT NULL DROP PROCEDURE dbo.usp_A;
GO
CREATE PROCEDURE dbo.usp_A AS SELECT 1;
GO
-- A transaction begun and committed in the same conditional block is closed after it: the
-- procedure dropped and created again later is back (the Bitwarden migrations' pattern).
IF COL_LENGTH('dbo.Organization', 'ApiKey') IS NOT NULL
BEGIN
    SET XACT_ABORT ON;
    BEGIN TRANSACTION MigrateKeys;
    ALTER TABLE dbo.Organization DROP COLUMN ApiKey;  -- expect: PF102
    COMMIT TRANSACTION MigrateKeys;
END
GO
IF OBJECT_ID('[dbo].[Organization_Update]') IS NOT NULL
BEGIN
    DROP PROCEDURE [dbo].[Organization_Update]
END
GO
CREATE PROCEDURE [dbo].[Organization_Update] AS SELECT 1;
GO
