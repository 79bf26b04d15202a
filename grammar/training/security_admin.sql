-- Training input for the parser's prediction snapshot (security, database options, types, sequences, synonyms, admin).
-- Written for Preflight; not meant to be deployed.

USE master;
GO

CREATE DATABASE Preflight_Train;
GO
CREATE DATABASE Preflight_Train2
ON PRIMARY
(
    NAME = N'Preflight_Train2',
    FILENAME = N'D:\Data\Preflight_Train2.mdf',
    SIZE = 256MB,
    MAXSIZE = UNLIMITED,
    FILEGROWTH = 64MB
),
FILEGROUP FG2023
(
    NAME = N'Preflight_Train2_2023',
    FILENAME = N'D:\Data\Preflight_Train2_2023.ndf',
    SIZE = 128MB,
    FILEGROWTH = 10%
)
LOG ON
(
    NAME = N'Preflight_Train2_log',
    FILENAME = N'L:\Log\Preflight_Train2_log.ldf',
    SIZE = 64MB,
    FILEGROWTH = 64MB
)
COLLATE Latin1_General_100_CI_AS_SC;
GO

ALTER DATABASE Preflight_Train SET RECOVERY SIMPLE;
ALTER DATABASE Preflight_Train SET RECOVERY FULL WITH NO_WAIT;
ALTER DATABASE Preflight_Train SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
ALTER DATABASE Preflight_Train SET MULTI_USER;
ALTER DATABASE Preflight_Train SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK AFTER 30 SECONDS;
ALTER DATABASE Preflight_Train SET ALLOW_SNAPSHOT_ISOLATION ON;
ALTER DATABASE Preflight_Train SET COMPATIBILITY_LEVEL = 150;
ALTER DATABASE Preflight_Train SET AUTO_CLOSE OFF;
ALTER DATABASE Preflight_Train SET AUTO_SHRINK OFF;
ALTER DATABASE Preflight_Train SET AUTO_CREATE_STATISTICS ON;
ALTER DATABASE Preflight_Train SET AUTO_UPDATE_STATISTICS_ASYNC ON;
ALTER DATABASE Preflight_Train SET PAGE_VERIFY CHECKSUM;
ALTER DATABASE Preflight_Train SET ANSI_NULLS ON, ANSI_PADDING ON, ANSI_WARNINGS ON, ARITHABORT ON, QUOTED_IDENTIFIER ON;
ALTER DATABASE Preflight_Train SET QUERY_STORE = ON (OPERATION_MODE = READ_WRITE, MAX_STORAGE_SIZE_MB = 1024);
ALTER DATABASE Preflight_Train SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 2 DAYS, AUTO_CLEANUP = ON);
ALTER DATABASE Preflight_Train SET TRUSTWORTHY OFF;
ALTER DATABASE Preflight_Train SET DB_CHAINING OFF;
ALTER DATABASE Preflight_Train SET RESTRICTED_USER;
ALTER DATABASE Preflight_Train SET ONLINE;
ALTER DATABASE Preflight_Train SET ENABLE_BROKER;
ALTER DATABASE Preflight_Train SET TARGET_RECOVERY_TIME = 60 SECONDS;
ALTER DATABASE Preflight_Train SET DELAYED_DURABILITY = DISABLED;
ALTER DATABASE CURRENT SET PARAMETERIZATION FORCED;
ALTER DATABASE [Preflight_Train] COLLATE Latin1_General_100_CI_AS;
ALTER DATABASE Preflight_Train MODIFY NAME = Preflight_Training;
ALTER DATABASE Preflight_Training MODIFY NAME = Preflight_Train;
ALTER DATABASE Preflight_Train ADD FILEGROUP FG2024;
ALTER DATABASE Preflight_Train ADD FILE (NAME = N'Train_2024', FILENAME = N'D:\Data\Train_2024.ndf', SIZE = 64MB) TO FILEGROUP FG2024;
ALTER DATABASE Preflight_Train ADD FILEGROUP InMemory CONTAINS MEMORY_OPTIMIZED_DATA;
ALTER DATABASE Preflight_Train MODIFY FILE (NAME = N'Preflight_Train_log', SIZE = 512MB, FILEGROWTH = 128MB);
ALTER DATABASE Preflight_Train MODIFY FILEGROUP FG2024 DEFAULT;
ALTER DATABASE Preflight_Train REMOVE FILE Train_2024;
GO
ALTER DATABASE SCOPED CONFIGURATION SET MAXDOP = 4;
ALTER DATABASE SCOPED CONFIGURATION SET LEGACY_CARDINALITY_ESTIMATION = OFF;
ALTER DATABASE SCOPED CONFIGURATION CLEAR PROCEDURE_CACHE;
GO

USE [Preflight_Train]
GO

-- Logins, users, roles
CREATE LOGIN app_shop WITH PASSWORD = N'Placeholder#2024!', DEFAULT_DATABASE = Preflight_Train, CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
CREATE LOGIN [CONTOSO\svc_reporting] FROM WINDOWS WITH DEFAULT_DATABASE = [Preflight_Train];
CREATE LOGIN cert_login FROM CERTIFICATE DeployCert;
ALTER LOGIN app_shop WITH PASSWORD = N'Placeholder#2025!' OLD_PASSWORD = N'Placeholder#2024!';
ALTER LOGIN app_shop DISABLE;
ALTER LOGIN app_shop ENABLE;
ALTER LOGIN app_shop WITH DEFAULT_DATABASE = master;
GO

CREATE USER app_shop FOR LOGIN app_shop WITH DEFAULT_SCHEMA = shop;
CREATE USER [CONTOSO\svc_reporting] FROM LOGIN [CONTOSO\svc_reporting];
CREATE USER report_reader WITHOUT LOGIN;
CREATE USER contained_user WITH PASSWORD = N'Placeholder#2024!';
CREATE USER [ext_user@contoso.example] FROM EXTERNAL PROVIDER;
ALTER USER app_shop WITH DEFAULT_SCHEMA = dbo;
ALTER USER report_reader WITH NAME = report_reader2;
GO

CREATE ROLE shop_reader;
CREATE ROLE shop_writer AUTHORIZATION dbo;
CREATE ROLE [billing_admin];
ALTER ROLE shop_reader ADD MEMBER app_shop;
ALTER ROLE shop_writer ADD MEMBER [CONTOSO\svc_reporting];
ALTER ROLE db_datareader ADD MEMBER report_reader2;
ALTER ROLE db_datawriter DROP MEMBER report_reader2;
ALTER ROLE shop_reader WITH NAME = shop_readers;
ALTER SERVER ROLE sysadmin ADD MEMBER [CONTOSO\svc_reporting];
ALTER SERVER ROLE sysadmin DROP MEMBER [CONTOSO\svc_reporting];
CREATE SERVER ROLE deploy_operators;
CREATE APPLICATION ROLE shop_app WITH PASSWORD = N'Placeholder#2024!', DEFAULT_SCHEMA = shop;
GO

EXEC sp_addrolemember N'db_owner', N'app_shop';
EXEC sp_addrolemember 'shop_writer', 'report_reader2';
EXEC sp_droprolemember N'db_owner', N'app_shop';
EXEC sp_addsrvrolemember @loginame = N'CONTOSO\svc_reporting', @rolename = N'dbcreator';
EXEC sp_addlogin 'legacy_login', 'Placeholder#2024!';
EXEC sp_adduser 'legacy_login', 'legacy_user';
EXEC sp_change_users_login 'Auto_Fix', 'app_shop';
EXEC sp_grantdbaccess 'legacy_login';
GO

-- Permissions
GRANT SELECT ON SCHEMA::shop TO shop_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::shop TO shop_writer;
GRANT EXECUTE ON SCHEMA::billing TO billing_admin;
GRANT EXECUTE ON OBJECT::shop.usp_PlaceOrder TO app_shop;
GRANT EXECUTE ON shop.usp_GetCustomer TO app_shop WITH GRANT OPTION;
GRANT SELECT ON shop.Customer (CustomerId, DisplayName) TO report_reader2;
GRANT SELECT ON [shop].[vActiveCustomer] TO [shop_readers] AS [dbo];
GRANT VIEW DEFINITION ON SCHEMA::shop TO [CONTOSO\svc_reporting];
GRANT VIEW DATABASE STATE TO shop_writer;
GRANT CREATE TABLE, CREATE VIEW, CREATE PROCEDURE TO shop_writer;
GRANT ALTER ON SCHEMA::shop TO shop_writer;
GRANT CONTROL ON DATABASE::Preflight_Train TO billing_admin;
GRANT REFERENCES ON TYPE::shop.OrderLineType TO app_shop;
GRANT EXECUTE ON TYPE::shop.OrderLineType TO app_shop;
GRANT IMPERSONATE ON USER::report_reader2 TO app_shop;
GRANT CONNECT TO report_reader2;
GRANT ALL ON dbo.Setting TO billing_admin;
GRANT VIEW SERVER STATE TO [CONTOSO\svc_reporting];
GRANT ALTER ANY LOGIN TO deploy_operators;
GRANT UNMASK TO billing_admin;
grant select on dbo.Country to public
GO

DENY DELETE ON SCHEMA::billing TO shop_writer;
DENY SELECT ON hr.Employee (Salary, HourlyRate) TO shop_readers;
DENY EXECUTE ON OBJECT::hr.usp_GiveRaise TO app_shop CASCADE;
DENY VIEW DEFINITION TO public;
REVOKE SELECT ON SCHEMA::shop FROM shop_readers;
REVOKE EXECUTE ON shop.usp_GetCustomer FROM app_shop CASCADE;
REVOKE GRANT OPTION FOR EXECUTE ON shop.usp_GetCustomer FROM app_shop CASCADE;
REVOKE INSERT ON dbo.Setting TO billing_admin;
REVOKE CREATE TABLE FROM shop_writer;
GO

-- Schemas
CREATE SCHEMA reporting AUTHORIZATION shop_readers;
GO
CREATE SCHEMA staging
    CREATE TABLE ImportFile (FileId INT IDENTITY PRIMARY KEY, FileName NVARCHAR(260) NOT NULL)
    CREATE VIEW vImportFile AS SELECT FileId, FileName FROM ImportFile
    GRANT SELECT ON vImportFile TO shop_readers;
GO
ALTER SCHEMA reporting TRANSFER shop.vActiveCustomer;
ALTER SCHEMA billing TRANSFER OBJECT::dbo.Currency;
ALTER SCHEMA shop TRANSFER TYPE::dbo.EmailAddress;
ALTER AUTHORIZATION ON SCHEMA::reporting TO dbo;
ALTER AUTHORIZATION ON OBJECT::dbo.Setting TO billing_admin;
ALTER AUTHORIZATION ON DATABASE::Preflight_Train TO sa;
GO
DROP SCHEMA IF EXISTS staging;
GO

-- Types
CREATE TYPE dbo.EmailAddress FROM NVARCHAR(320) NULL;
CREATE TYPE dbo.Amount FROM DECIMAL(19, 4) NOT NULL;
CREATE TYPE [dbo].[Code] FROM [varchar](20);
GO
CREATE TYPE shop.OrderLineType AS TABLE
(
    ProductId INT NOT NULL,
    Quantity INT NOT NULL CHECK (Quantity > 0),
    Note NVARCHAR(200) NULL DEFAULT N'',
    PRIMARY KEY CLUSTERED (ProductId),
    INDEX IX_Qty NONCLUSTERED (Quantity)
);
GO
CREATE TYPE dbo.IdList AS TABLE (Id INT NOT NULL PRIMARY KEY) WITH (MEMORY_OPTIMIZED = ON);
GO
DROP TYPE IF EXISTS dbo.Code;
DROP TYPE dbo.Amount;
GO

-- Sequences
CREATE SEQUENCE dbo.seqInvoiceNo AS BIGINT START WITH 100000 INCREMENT BY 1 MINVALUE 100000 NO MAXVALUE CACHE 50;
CREATE SEQUENCE billing.seqCreditNote START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE dbo.seqCycle AS TINYINT START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 12 CYCLE NO CACHE;
ALTER SEQUENCE dbo.seqInvoiceNo RESTART WITH 200000;
ALTER SEQUENCE billing.seqCreditNote INCREMENT BY 10 NO CYCLE CACHE 20;
DROP SEQUENCE IF EXISTS dbo.seqCycle;
GO
DECLARE @first_value SQL_VARIANT, @last_value SQL_VARIANT;
EXEC sys.sp_sequence_get_range @sequence_name = N'dbo.seqInvoiceNo', @range_size = 10, @range_first_value = @first_value OUTPUT, @range_last_value = @last_value OUTPUT;
GO
ALTER TABLE billing.Invoice ADD CONSTRAINT DF_Invoice_No DEFAULT (CONCAT('INV', NEXT VALUE FOR dbo.seqInvoiceNo)) FOR InvoiceNo;
GO

-- Synonyms
CREATE SYNONYM reporting.Orders FOR shop.OrderHeader;
CREATE SYNONYM dbo.RemoteAudit FOR ArchiveServer.ShopArchive.dbo.AuditLog;
DROP SYNONYM reporting.Orders;
GO

-- Renames and object helpers
EXEC sp_rename 'shop.Customer.Phone', 'PhoneNumber', 'COLUMN';
EXEC sp_rename N'shop.Customer.IX_Customer_Email', N'IX_Customer_EmailAddress', N'INDEX';
EXEC sp_rename 'dbo.ImportStaging', 'ImportStage';
EXEC sys.sp_rename @objname = N'shop.DF_Customer_IsActive', @newname = N'DF_Customer_Active', @objtype = N'OBJECT';
EXEC sp_refreshview N'shop.vOrderSummary';
EXEC sp_refreshsqlmodule N'shop.usp_GetCustomer';
EXEC sp_recompile N'shop.usp_SearchCustomers';
EXEC sp_helptext 'shop.usp_GetCustomer';
EXEC sp_help 'shop.Customer';
EXEC sp_depends 'shop.Customer';
EXEC sp_spaceused N'shop.OrderHeader';
EXEC sp_MSforeachtable 'PRINT ''?''';
GO

-- Extended properties
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers of the web shop',
     @level0type = N'SCHEMA', @level0name = N'shop', @level1type = N'TABLE', @level1name = N'Customer';
EXEC sys.sp_addextendedproperty N'MS_Description', N'Unique business key', N'SCHEMA', N'shop', N'TABLE', N'Customer', N'COLUMN', N'CustomerCode';
EXEC sys.sp_updateextendedproperty @name = N'MS_Description', @value = N'Web shop customers',
     @level0type = N'SCHEMA', @level0name = 'shop', @level1type = N'TABLE', @level1name = 'Customer';
EXEC sys.sp_dropextendedproperty @name = N'MS_Description', @level0type = N'SCHEMA', @level0name = N'shop', @level1type = N'TABLE', @level1name = N'Customer';
GO

-- Keys, certificates, encryption
CREATE MASTER KEY ENCRYPTION BY PASSWORD = N'Placeholder#MasterKey1';
CREATE CERTIFICATE DeployCert WITH SUBJECT = N'Preflight deployment signing', EXPIRY_DATE = '2030-12-31';
CREATE SYMMETRIC KEY PiiKey WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE DeployCert;
OPEN SYMMETRIC KEY PiiKey DECRYPTION BY CERTIFICATE DeployCert;
UPDATE hr.Employee SET PhotoPath = CONVERT(NVARCHAR(400), ENCRYPTBYKEY(KEY_GUID('PiiKey'), PhotoPath)) WHERE PhotoPath IS NOT NULL;
SELECT CONVERT(NVARCHAR(400), DECRYPTBYKEY(CONVERT(VARBINARY(MAX), PhotoPath))) FROM hr.Employee;
CLOSE SYMMETRIC KEY PiiKey;
CLOSE ALL SYMMETRIC KEYS;
ADD SIGNATURE TO shop.usp_PlaceOrder BY CERTIFICATE DeployCert;
BACKUP CERTIFICATE DeployCert TO FILE = N'D:\Keys\DeployCert.cer';
DROP SYMMETRIC KEY PiiKey;
DROP CERTIFICATE DeployCert;
GO
CREATE DATABASE ENCRYPTION KEY WITH ALGORITHM = AES_256 ENCRYPTION BY SERVER CERTIFICATE TdeCert;
ALTER DATABASE Preflight_Train SET ENCRYPTION ON;
GO

-- Row level security and masking
CREATE FUNCTION shop.fn_TenantPredicate (@TenantId INT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN SELECT 1 AS Allowed WHERE @TenantId = CAST(SESSION_CONTEXT(N'tenant') AS INT) OR IS_MEMBER('db_owner') = 1;
GO
CREATE SECURITY POLICY shop.TenantFilter
    ADD FILTER PREDICATE shop.fn_TenantPredicate(CustomerId) ON shop.Customer,
    ADD BLOCK PREDICATE shop.fn_TenantPredicate(CustomerId) ON shop.Customer AFTER INSERT
WITH (STATE = ON);
GO
ALTER SECURITY POLICY shop.TenantFilter WITH (STATE = OFF);
DROP SECURITY POLICY IF EXISTS shop.TenantFilter;
GO
ALTER TABLE shop.Customer ALTER COLUMN Email ADD MASKED WITH (FUNCTION = 'email()');
ALTER TABLE shop.Customer ALTER COLUMN PhoneNumber ADD MASKED WITH (FUNCTION = 'partial(2, "XXXX", 2)');
ALTER TABLE shop.Customer ALTER COLUMN Email DROP MASKED;
GO

-- Backup and restore
BACKUP DATABASE Preflight_Train TO DISK = N'B:\Backup\Preflight_Train.bak' WITH INIT, COMPRESSION, CHECKSUM, STATS = 10;
BACKUP DATABASE Preflight_Train TO DISK = N'B:\Backup\Preflight_Train_diff.bak' WITH DIFFERENTIAL, COPY_ONLY;
BACKUP LOG Preflight_Train TO DISK = N'B:\Backup\Preflight_Train.trn' WITH NOFORMAT, NOINIT, NAME = N'log backup';
RESTORE DATABASE Preflight_Copy FROM DISK = N'B:\Backup\Preflight_Train.bak'
    WITH MOVE N'Preflight_Train' TO N'D:\Data\Preflight_Copy.mdf',
         MOVE N'Preflight_Train_log' TO N'L:\Log\Preflight_Copy_log.ldf',
         REPLACE, RECOVERY, STATS = 5;
RESTORE FILELISTONLY FROM DISK = N'B:\Backup\Preflight_Train.bak';
RESTORE VERIFYONLY FROM DISK = N'B:\Backup\Preflight_Train.bak';
GO

-- Server configuration and agent jobs
EXEC sp_configure 'max degree of parallelism', 4;
RECONFIGURE;
EXEC sp_addlinkedserver @server = N'ArchiveServer', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'archive.contoso.example';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ArchiveServer', @useself = N'True';
EXEC msdb.dbo.sp_add_job @job_name = N'Preflight nightly cleanup', @enabled = 1, @description = N'Purges old audit rows';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'Preflight nightly cleanup', @step_name = N'purge', @subsystem = N'TSQL',
     @command = N'DELETE TOP (10000) FROM dbo.AuditLog WHERE EventTime < DATEADD(MONTH, -18, SYSUTCDATETIME());', @database_name = N'Preflight_Train';
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'nightly', @freq_type = 4, @freq_interval = 1, @active_start_time = 013000;
EXEC msdb.dbo.sp_attach_schedule @job_name = N'Preflight nightly cleanup', @schedule_name = N'nightly';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'Preflight nightly cleanup';
GO

-- Drops of principals
DROP USER IF EXISTS report_reader2;
DROP USER [CONTOSO\svc_reporting];
DROP ROLE IF EXISTS shop_readers;
DROP ROLE billing_admin;
DROP APPLICATION ROLE shop_app;
DROP LOGIN cert_login;
DROP SERVER ROLE deploy_operators;
GO
USE master;
GO
ALTER DATABASE Preflight_Train2 SET OFFLINE WITH ROLLBACK IMMEDIATE;
DROP DATABASE IF EXISTS Preflight_Train2;
GO
