-- Training input for the parser's prediction snapshot (guarded, re-runnable migration patterns and sqlcmd usage).
-- Written for Preflight; not meant to be deployed.

:setvar DatabaseName "Preflight_Train"
:setvar SchemaVersion "42"
:setvar DefaultCountry NL
:on error exit

USE [$(DatabaseName)];
GO

SET NOCOUNT ON;
SET XACT_ABORT ON;
GO

PRINT N'Deploying schema version $(SchemaVersion) to $(DatabaseName)';
GO

IF DB_NAME() <> N'$(DatabaseName)'
BEGIN
    RAISERROR(N'Wrong database: %s', 20, 1, N'$(DatabaseName)') WITH LOG;
END
GO

-- Schema guard
IF NOT EXISTS (SELECT 1 FROM sys.schemas WHERE name = N'shop')
    EXEC (N'CREATE SCHEMA shop AUTHORIZATION dbo');
GO
IF SCHEMA_ID(N'billing') IS NULL
    EXEC sp_executesql N'CREATE SCHEMA billing';
GO

-- Version table
IF OBJECT_ID(N'dbo.SchemaVersion', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.SchemaVersion
    (
        Version INT NOT NULL CONSTRAINT PK_SchemaVersion PRIMARY KEY,
        Description NVARCHAR(200) NOT NULL,
        AppliedAt DATETIME2(0) NOT NULL CONSTRAINT DF_SchemaVersion_AppliedAt DEFAULT SYSUTCDATETIME(),
        AppliedBy SYSNAME NOT NULL CONSTRAINT DF_SchemaVersion_AppliedBy DEFAULT SUSER_SNAME()
    );
    PRINT 'Created dbo.SchemaVersion';
END
GO

IF EXISTS (SELECT 1 FROM dbo.SchemaVersion WHERE Version >= $(SchemaVersion))
BEGIN
    PRINT 'Version $(SchemaVersion) already applied; skipping.';
    SET NOEXEC ON;
END
GO

-- Tables
IF NOT EXISTS (SELECT * FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = 'shop' AND t.name = 'Voucher')
BEGIN
    CREATE TABLE shop.Voucher
    (
        VoucherId INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Voucher PRIMARY KEY,
        Code VARCHAR(16) NOT NULL CONSTRAINT UQ_Voucher_Code UNIQUE,
        Amount DECIMAL(9, 2) NOT NULL,
        ValidUntil DATE NULL,
        RedeemedAt DATETIME2 NULL
    );
END;
GO

IF NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'billing' AND TABLE_NAME = 'CreditNote')
CREATE TABLE billing.CreditNote
(
    CreditNoteId INT NOT NULL PRIMARY KEY,
    InvoiceId INT NOT NULL,
    Amount DECIMAL(19, 4) NOT NULL,
    Reason NVARCHAR(400) NULL
);
GO

IF OBJECT_ID('dbo.ImportProducts') IS NOT NULL
    DROP TABLE dbo.ImportProducts;
GO
CREATE TABLE dbo.ImportProducts (Sku VARCHAR(40) NULL, Name NVARCHAR(150) NULL, UnitPrice MONEY NULL);
GO

IF EXISTS (SELECT * FROM dbo.sysobjects WHERE id = OBJECT_ID(N'[dbo].[OldOrders]') AND OBJECTPROPERTY(id, N'IsUserTable') = 1)
DROP TABLE [dbo].[OldOrders]
GO

DROP TABLE IF EXISTS dbo.TempMigration;
CREATE TABLE dbo.TempMigration (Id INT NOT NULL);
GO

-- Columns
IF COL_LENGTH('shop.Customer', 'VatNumber') IS NULL
BEGIN
    ALTER TABLE shop.Customer ADD VatNumber VARCHAR(20) NULL;
END
GO

IF NOT EXISTS (SELECT 1 FROM sys.columns WHERE object_id = OBJECT_ID(N'shop.Customer') AND name = N'PreferredLanguage')
    ALTER TABLE shop.Customer ADD PreferredLanguage CHAR(2) NOT NULL CONSTRAINT DF_Customer_PreferredLanguage DEFAULT ('nl');
GO

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = N'shop' AND TABLE_NAME = N'Address' AND COLUMN_NAME = N'Region')
BEGIN
    ALTER TABLE shop.[Address] ADD Region NVARCHAR(80) NULL;
    PRINT N'Added shop.Address.Region';
END
ELSE
    PRINT N'shop.Address.Region already exists';
GO

IF EXISTS (SELECT 1 FROM sys.columns c WHERE c.object_id = OBJECT_ID(N'shop.Product') AND c.name = N'WeightKg' AND c.precision < 12)
    ALTER TABLE shop.Product ALTER COLUMN WeightKg DECIMAL(12, 3) NULL;
GO

IF COLUMNPROPERTY(OBJECT_ID('shop.Customer'), 'LegacyId', 'ColumnId') IS NOT NULL
BEGIN
    DECLARE @df SYSNAME;
    SELECT @df = dc.name
    FROM sys.default_constraints dc
    JOIN sys.columns c ON c.object_id = dc.parent_object_id AND c.column_id = dc.parent_column_id
    WHERE dc.parent_object_id = OBJECT_ID('shop.Customer') AND c.name = 'LegacyId';

    IF @df IS NOT NULL
        EXEC (N'ALTER TABLE shop.Customer DROP CONSTRAINT ' + QUOTENAME(@df));

    ALTER TABLE shop.Customer DROP COLUMN LegacyId;
END
GO

-- Rename a column only once
IF COL_LENGTH('shop.Customer', 'PhoneNumber') IS NULL AND COL_LENGTH('shop.Customer', 'Phone') IS NOT NULL
    EXEC sp_rename 'shop.Customer.Phone', 'PhoneNumber', 'COLUMN';
GO

-- Constraints
IF OBJECT_ID(N'shop.FK_Voucher_Customer', N'F') IS NULL
    ALTER TABLE shop.Voucher ADD CustomerId INT NULL CONSTRAINT FK_Voucher_Customer REFERENCES shop.Customer (CustomerId);
GO
IF NOT EXISTS (SELECT 1 FROM sys.check_constraints WHERE name = N'CK_Voucher_Amount' AND parent_object_id = OBJECT_ID(N'shop.Voucher'))
    ALTER TABLE shop.Voucher WITH CHECK ADD CONSTRAINT CK_Voucher_Amount CHECK (Amount > 0);
GO
IF NOT EXISTS (SELECT * FROM sys.foreign_keys WHERE object_id = OBJECT_ID(N'[billing].[FK_CreditNote_Invoice]') AND parent_object_id = OBJECT_ID(N'[billing].[CreditNote]'))
ALTER TABLE [billing].[CreditNote] WITH CHECK ADD CONSTRAINT [FK_CreditNote_Invoice] FOREIGN KEY([InvoiceId])
REFERENCES [billing].[Invoice] ([InvoiceId])
GO
IF EXISTS (SELECT 1 FROM sys.key_constraints WHERE name = 'UQ_Voucher_Code' AND type = 'UQ')
    ALTER TABLE shop.Voucher DROP CONSTRAINT UQ_Voucher_Code;
GO
IF NOT EXISTS (SELECT 1 FROM sys.default_constraints WHERE name = 'DF_Voucher_ValidUntil')
    ALTER TABLE shop.Voucher ADD CONSTRAINT DF_Voucher_ValidUntil DEFAULT (DATEADD(YEAR, 1, GETDATE())) FOR ValidUntil;
GO

-- Indexes
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_Voucher_ValidUntil' AND object_id = OBJECT_ID(N'shop.Voucher'))
    CREATE NONCLUSTERED INDEX IX_Voucher_ValidUntil ON shop.Voucher (ValidUntil) INCLUDE (Amount) WHERE RedeemedAt IS NULL;
GO
IF INDEXPROPERTY(OBJECT_ID('shop.Customer'), 'IX_Customer_VatNumber', 'IndexID') IS NULL
    CREATE INDEX IX_Customer_VatNumber ON shop.Customer (VatNumber);
GO
IF EXISTS (SELECT * FROM sys.indexes WHERE object_id = OBJECT_ID(N'[shop].[OrderHeader]') AND name = N'IX_OrderHeader_Legacy')
DROP INDEX [IX_OrderHeader_Legacy] ON [shop].[OrderHeader] WITH ( ONLINE = OFF )
GO

-- Programmability: drop-and-create and CREATE OR ALTER
IF OBJECT_ID(N'shop.usp_RedeemVoucher', N'P') IS NOT NULL
    DROP PROCEDURE shop.usp_RedeemVoucher;
GO
CREATE PROCEDURE shop.usp_RedeemVoucher
    @Code VARCHAR(16),
    @CustomerId INT
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE shop.Voucher
    SET RedeemedAt = SYSDATETIME(), CustomerId = @CustomerId
    WHERE Code = @Code AND RedeemedAt IS NULL AND (ValidUntil IS NULL OR ValidUntil >= CAST(GETDATE() AS DATE));

    IF @@ROWCOUNT = 0
        THROW 50300, N'Voucher is unknown, expired or already used.', 1;
END
GO

IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[billing].[usp_IssueCreditNote]') AND type IN (N'P', N'PC'))
BEGIN
    EXEC dbo.sp_executesql @statement = N'CREATE PROCEDURE [billing].[usp_IssueCreditNote] AS RETURN 0';
END
GO
ALTER PROCEDURE billing.usp_IssueCreditNote
    @InvoiceId INT,
    @Amount DECIMAL(19, 4),
    @Reason NVARCHAR(400) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO billing.CreditNote (CreditNoteId, InvoiceId, Amount, Reason)
    VALUES (NEXT VALUE FOR billing.seqCreditNote, @InvoiceId, @Amount, @Reason);
END
GO

IF OBJECT_ID(N'dbo.fn_VoucherValue') IS NOT NULL DROP FUNCTION dbo.fn_VoucherValue
GO
CREATE FUNCTION dbo.fn_VoucherValue (@Code VARCHAR(16)) RETURNS DECIMAL(9, 2)
AS
BEGIN
    RETURN (SELECT Amount FROM shop.Voucher WHERE Code = @Code);
END
GO

IF EXISTS (SELECT * FROM sys.views WHERE object_id = OBJECT_ID(N'[reporting].[vVoucherUsage]'))
DROP VIEW [reporting].[vVoucherUsage]
GO
CREATE OR ALTER VIEW reporting.vVoucherUsage
AS
SELECT v.Code, v.Amount, v.RedeemedAt, c.DisplayName
FROM shop.Voucher v
LEFT JOIN shop.Customer c ON c.CustomerId = v.CustomerId;
GO

IF EXISTS (SELECT 1 FROM sys.triggers WHERE name = N'trg_Voucher_Audit')
    DROP TRIGGER shop.trg_Voucher_Audit;
GO
CREATE TRIGGER shop.trg_Voucher_Audit ON shop.Voucher AFTER UPDATE
AS
    SET NOCOUNT ON;
    INSERT dbo.AuditLog (EventTime, UserName, ObjectName, Action)
    SELECT SYSUTCDATETIME(), SUSER_SNAME(), N'shop.Voucher', 'REDEEM' FROM inserted WHERE RedeemedAt IS NOT NULL;
GO

IF TYPE_ID(N'dbo.VoucherList') IS NULL
    CREATE TYPE dbo.VoucherList AS TABLE (Code VARCHAR(16) NOT NULL PRIMARY KEY);
GO
IF NOT EXISTS (SELECT 1 FROM sys.sequences WHERE name = N'seqCreditNote' AND SCHEMA_NAME(schema_id) = N'billing')
    CREATE SEQUENCE billing.seqCreditNote AS INT START WITH 1 INCREMENT BY 1;
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'shop_app_role' AND type = 'R')
    CREATE ROLE shop_app_role;
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'app_shop')
    CREATE LOGIN app_shop WITH PASSWORD = N'Placeholder#2024!';
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'app_shop')
BEGIN
    CREATE USER app_shop FOR LOGIN app_shop;
    ALTER ROLE shop_app_role ADD MEMBER app_shop;
END
GO
IF NOT EXISTS (SELECT 1 FROM sys.synonyms WHERE name = N'Vouchers')
    CREATE SYNONYM dbo.Vouchers FOR shop.Voucher;
GO

-- Data migration inside a transaction
BEGIN TRY
    BEGIN TRANSACTION;

    UPDATE shop.Customer SET PreferredLanguage = 'en' WHERE PreferredLanguage IS NULL OR PreferredLanguage = '';

    IF NOT EXISTS (SELECT 1 FROM dbo.Setting WHERE [Key] = N'voucher.enabled')
        INSERT INTO dbo.Setting ([Key], [Value]) VALUES (N'voucher.enabled', N'1');
    ELSE
        UPDATE dbo.Setting SET [Value] = N'1' WHERE [Key] = N'voucher.enabled';

    INSERT INTO dbo.Country (CountryCode, Iso3, Name)
    SELECT v.Code, v.Iso3, v.Name
    FROM (VALUES ('$(DefaultCountry)', 'NLD', N'Netherlands'), ('AT', 'AUT', N'Austria')) v (Code, Iso3, Name)
    WHERE NOT EXISTS (SELECT 1 FROM dbo.Country c WHERE c.CountryCode = v.Code);

    COMMIT TRANSACTION;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    DECLARE @ErrorMessage NVARCHAR(4000) = ERROR_MESSAGE(), @ErrorSeverity INT = ERROR_SEVERITY(), @ErrorState INT = ERROR_STATE();
    RAISERROR (@ErrorMessage, @ErrorSeverity, @ErrorState);
END CATCH
GO

-- Classic SSMS-generated transaction wrapper
BEGIN TRANSACTION
SET QUOTED_IDENTIFIER ON
SET ARITHABORT ON
SET NUMERIC_ROUNDABORT OFF
SET CONCAT_NULL_YIELDS_NULL ON
SET ANSI_NULLS ON
SET ANSI_PADDING ON
SET ANSI_WARNINGS ON
COMMIT
BEGIN TRANSACTION
GO
CREATE TABLE dbo.Tmp_Voucher
(
    VoucherId INT NOT NULL IDENTITY (1, 1),
    Code VARCHAR(16) NOT NULL,
    Amount DECIMAL(9, 2) NOT NULL,
    ValidUntil DATE NULL,
    RedeemedAt DATETIME2 NULL,
    CustomerId INT NULL
) ON [PRIMARY]
GO
ALTER TABLE dbo.Tmp_Voucher SET (LOCK_ESCALATION = TABLE)
GO
SET IDENTITY_INSERT dbo.Tmp_Voucher ON
GO
IF EXISTS(SELECT * FROM shop.Voucher)
     EXEC('INSERT INTO dbo.Tmp_Voucher (VoucherId, Code, Amount, ValidUntil, RedeemedAt, CustomerId)
        SELECT VoucherId, Code, Amount, ValidUntil, RedeemedAt, CustomerId FROM shop.Voucher WITH (HOLDLOCK TABLOCKX)')
GO
SET IDENTITY_INSERT dbo.Tmp_Voucher OFF
GO
DROP TABLE shop.Voucher
GO
EXECUTE sp_rename N'dbo.Tmp_Voucher', N'Voucher', 'OBJECT'
GO
ALTER SCHEMA shop TRANSFER dbo.Voucher
GO
ALTER TABLE shop.Voucher ADD CONSTRAINT
    PK_Voucher PRIMARY KEY CLUSTERED
    (
    VoucherId
    ) WITH( STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
GO
COMMIT
GO

-- Batched backfill
DECLARE @BatchSize INT = 10000, @Affected INT = 1;
WHILE (@Affected > 0)
BEGIN
    BEGIN TRAN;
    UPDATE TOP (@BatchSize) shop.OrderHeader
    SET Comment = N''
    WHERE Comment IS NULL;
    SET @Affected = @@ROWCOUNT;
    COMMIT TRAN;
    RAISERROR('Backfilled %d rows', 0, 1, @Affected) WITH NOWAIT;
END
GO

-- Drop-if-exists shorthands (SQL Server 2016+)
DROP PROCEDURE IF EXISTS shop.usp_Obsolete;
DROP FUNCTION IF EXISTS dbo.fn_Obsolete;
DROP VIEW IF EXISTS reporting.vObsolete;
DROP TRIGGER IF EXISTS shop.trg_Obsolete;
DROP INDEX IF EXISTS IX_Obsolete ON shop.Customer;
DROP TYPE IF EXISTS dbo.ObsoleteList;
DROP SEQUENCE IF EXISTS dbo.seqObsolete;
DROP SYNONYM IF EXISTS dbo.Obsolete;
DROP SCHEMA IF EXISTS obsolete;
DROP USER IF EXISTS obsolete_user;
DROP ROLE IF EXISTS obsolete_role;
DROP TABLE IF EXISTS dbo.TempMigration;
GO

-- Legacy existence checks
IF EXISTS (SELECT name FROM sysobjects WHERE name = 'usp_Legacy' AND type = 'P')
    DROP PROCEDURE usp_Legacy
GO
if exists (select * from dbo.sysobjects where id = object_id(N'[dbo].[fn_Legacy]') and xtype in (N'FN', N'IF', N'TF'))
drop function [dbo].[fn_Legacy]
GO
IF OBJECTPROPERTY(OBJECT_ID('dbo.LegacyView'), 'IsView') = 1
    DROP VIEW dbo.LegacyView
GO

-- Record the version
SET NOEXEC OFF;
GO
IF NOT EXISTS (SELECT 1 FROM dbo.SchemaVersion WHERE Version = $(SchemaVersion))
    INSERT INTO dbo.SchemaVersion (Version, Description) VALUES ($(SchemaVersion), N'Vouchers and credit notes');
GO
PRINT N'Schema version ' + CAST((SELECT MAX(Version) FROM dbo.SchemaVersion) AS NVARCHAR(10)) + N' is now current.';
GO
