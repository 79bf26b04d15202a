-- Training input for the parser's prediction snapshot (graph tables, Service Broker, external data, events, change tracking, misc).
-- Written for Preflight; not meant to be deployed.

-- Graph tables
CREATE TABLE logistics.Hub (HubId INT PRIMARY KEY, City NVARCHAR(80) NOT NULL) AS NODE;
CREATE TABLE logistics.Route (DistanceKm INT NOT NULL, CONSTRAINT EC_Route CONNECTION (logistics.Hub TO logistics.Hub)) AS EDGE;
GO
INSERT INTO logistics.Hub (HubId, City) VALUES (1, N'Utrecht'), (2, N'Rotterdam'), (3, N'Antwerp');
INSERT INTO logistics.Route ($from_id, $to_id, DistanceKm)
SELECT a.$node_id, b.$node_id, 57 FROM logistics.Hub a, logistics.Hub b WHERE a.HubId = 1 AND b.HubId = 2;
GO
SELECT h1.City AS FromCity, h2.City AS ToCity, r.DistanceKm
FROM logistics.Hub h1, logistics.Route r, logistics.Hub h2
WHERE MATCH(h1-(r)->h2)
  AND h1.City = N'Utrecht';
GO

-- Service Broker
CREATE MESSAGE TYPE [//Shop/OrderPlaced] VALIDATION = WELL_FORMED_XML;
CREATE MESSAGE TYPE [//Shop/Ack] VALIDATION = NONE;
CREATE CONTRACT [//Shop/OrderContract] ([//Shop/OrderPlaced] SENT BY INITIATOR, [//Shop/Ack] SENT BY TARGET);
CREATE QUEUE dbo.OrderQueue WITH STATUS = ON, RETENTION = OFF, ACTIVATION (STATUS = ON, PROCEDURE_NAME = dbo.usp_ProcessOrderQueue, MAX_QUEUE_READERS = 2, EXECUTE AS OWNER);
CREATE QUEUE dbo.OrderReplyQueue;
CREATE SERVICE [//Shop/OrderService] ON QUEUE dbo.OrderQueue ([//Shop/OrderContract]);
CREATE SERVICE [//Shop/OrderReplyService] ON QUEUE dbo.OrderReplyQueue;
ALTER QUEUE dbo.OrderQueue WITH STATUS = OFF;
GO
DECLARE @h UNIQUEIDENTIFIER, @body XML = N'<order id="1"/>';
BEGIN DIALOG CONVERSATION @h
    FROM SERVICE [//Shop/OrderReplyService]
    TO SERVICE '//Shop/OrderService'
    ON CONTRACT [//Shop/OrderContract]
    WITH ENCRYPTION = OFF, LIFETIME = 600;
SEND ON CONVERSATION @h MESSAGE TYPE [//Shop/OrderPlaced] (@body);
GO
DECLARE @handle UNIQUEIDENTIFIER, @type SYSNAME, @msg VARBINARY(MAX);
WAITFOR (
    RECEIVE TOP (1) @handle = conversation_handle, @type = message_type_name, @msg = message_body
    FROM dbo.OrderQueue
), TIMEOUT 5000;
IF @type = N'//Shop/OrderPlaced'
    END CONVERSATION @handle;
ELSE IF @type = N'http://schemas.microsoft.com/SQL/ServiceBroker/Error'
    END CONVERSATION @handle WITH ERROR = 500 DESCRIPTION = N'Unexpected message';
GO
DROP SERVICE [//Shop/OrderReplyService];
DROP QUEUE dbo.OrderReplyQueue;
DROP CONTRACT [//Shop/OrderContract];
DROP MESSAGE TYPE [//Shop/Ack];
GO

-- External data (PolyBase / data virtualization)
CREATE DATABASE SCOPED CREDENTIAL LakeCredential WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'placeholder';
CREATE EXTERNAL DATA SOURCE SalesLake WITH (LOCATION = 'abs://lake@contoso.blob.core.windows.net', CREDENTIAL = LakeCredential);
CREATE EXTERNAL FILE FORMAT ParquetFormat WITH (FORMAT_TYPE = PARQUET);
CREATE EXTERNAL FILE FORMAT CsvFormat WITH (FORMAT_TYPE = DELIMITEDTEXT, FORMAT_OPTIONS (FIELD_TERMINATOR = ',', STRING_DELIMITER = '"', FIRST_ROW = 2));
CREATE EXTERNAL TABLE dbo.ExtOrders
(
    OrderId BIGINT,
    OrderDate DATE,
    Amount DECIMAL(19, 4)
)
WITH (LOCATION = '/orders/', DATA_SOURCE = SalesLake, FILE_FORMAT = ParquetFormat);
GO
SELECT TOP (10) * FROM dbo.ExtOrders ORDER BY OrderDate DESC;
SELECT * FROM OPENROWSET(BULK '/orders/2024/*.parquet', DATA_SOURCE = 'SalesLake', FORMAT = 'PARQUET') AS rows;
GO
DROP EXTERNAL TABLE dbo.ExtOrders;
DROP EXTERNAL FILE FORMAT CsvFormat;
DROP EXTERNAL DATA SOURCE SalesLake;
DROP DATABASE SCOPED CREDENTIAL LakeCredential;
GO

-- Extended events and auditing
CREATE EVENT SESSION ShopLongQueries ON SERVER
ADD EVENT sqlserver.sql_statement_completed
(
    ACTION (sqlserver.sql_text, sqlserver.database_name, sqlserver.username)
    WHERE (duration > 5000000 AND sqlserver.database_name = N'Preflight_Train')
)
ADD TARGET package0.event_file (SET filename = N'ShopLongQueries.xel', max_file_size = 50)
WITH (MAX_MEMORY = 4096 KB, EVENT_RETENTION_MODE = ALLOW_SINGLE_EVENT_LOSS, STARTUP_STATE = OFF);
GO
ALTER EVENT SESSION ShopLongQueries ON SERVER STATE = START;
ALTER EVENT SESSION ShopLongQueries ON SERVER STATE = STOP;
DROP EVENT SESSION ShopLongQueries ON SERVER;
GO
CREATE SERVER AUDIT ShopAudit TO FILE (FILEPATH = N'D:\Audit\', MAXSIZE = 100 MB) WITH (ON_FAILURE = CONTINUE);
ALTER SERVER AUDIT ShopAudit WITH (STATE = ON);
CREATE DATABASE AUDIT SPECIFICATION ShopAuditSpec FOR SERVER AUDIT ShopAudit
    ADD (SELECT, UPDATE ON SCHEMA::billing BY public)
    WITH (STATE = ON);
GO

-- Change tracking and CDC
ALTER TABLE shop.Customer ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = ON);
GO
DECLARE @last BIGINT = 0;
SELECT ct.CustomerId, ct.SYS_CHANGE_OPERATION, ct.SYS_CHANGE_VERSION, c.DisplayName
FROM CHANGETABLE(CHANGES shop.Customer, @last) AS ct
LEFT JOIN shop.Customer c ON c.CustomerId = ct.CustomerId;
SELECT CHANGE_TRACKING_CURRENT_VERSION() AS CurrentVersion, CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID('shop.Customer')) AS MinValid;
GO
ALTER TABLE shop.Customer DISABLE CHANGE_TRACKING;
GO
EXEC sys.sp_cdc_enable_db;
EXEC sys.sp_cdc_enable_table @source_schema = N'billing', @source_name = N'Invoice', @role_name = NULL, @supports_net_changes = 1;
GO

-- XML schema collections and typed XML
CREATE XML SCHEMA COLLECTION shop.ProductTagsSchema AS
N'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="tags"><xs:complexType><xs:sequence><xs:element name="tag" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element></xs:schema>';
GO
CREATE TABLE shop.ProductTags (ProductId INT NOT NULL PRIMARY KEY, Tags XML(CONTENT shop.ProductTagsSchema) NULL);
GO
DROP TABLE shop.ProductTags;
DROP XML SCHEMA COLLECTION shop.ProductTagsSchema;
GO

-- Resource governor, assemblies, misc server-level statements
CREATE RESOURCE POOL ReportingPool WITH (MAX_CPU_PERCENT = 30, MAX_MEMORY_PERCENT = 25);
CREATE WORKLOAD GROUP ReportingGroup WITH (IMPORTANCE = LOW) USING ReportingPool;
ALTER RESOURCE GOVERNOR RECONFIGURE;
GO
CREATE ASSEMBLY ShopClr FROM 0x4D5A900003 WITH PERMISSION_SET = SAFE;
GO
CREATE FUNCTION dbo.fn_RegexMatch (@input NVARCHAR(MAX), @pattern NVARCHAR(400))
RETURNS BIT
AS EXTERNAL NAME ShopClr.[Shop.Clr.Regex].IsMatch;
GO
DROP FUNCTION dbo.fn_RegexMatch;
DROP ASSEMBLY ShopClr;
GO
CREATE COLUMN MASTER KEY ShopCmk WITH (KEY_STORE_PROVIDER_NAME = N'MSSQL_CERTIFICATE_STORE', KEY_PATH = N'CurrentUser/My/0000000000000000000000000000000000000000');
GO
SELECT * FROM sys.dm_os_wait_stats WHERE wait_type NOT LIKE N'SLEEP%' ORDER BY wait_time_ms DESC;
SELECT * FROM sys.fn_get_audit_file(N'D:\Audit\*.sqlaudit', DEFAULT, DEFAULT);
SELECT * FROM fn_my_permissions(NULL, 'DATABASE');
GO
