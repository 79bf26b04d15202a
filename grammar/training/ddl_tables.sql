-- Training input for the parser's prediction snapshot (CREATE/ALTER/DROP TABLE and column definitions).
-- Written for Preflight; not meant to be deployed.

SET ANSI_NULLS ON;
GO
SET QUOTED_IDENTIFIER ON;
GO

CREATE SCHEMA shop AUTHORIZATION dbo;
GO
CREATE SCHEMA logistics;
GO
CREATE SCHEMA hr
GO
create schema billing authorization [dbo]
go

/* Basic table with an identity primary key and a few defaults */
CREATE TABLE shop.Customer
(
    CustomerId      INT IDENTITY(1,1) NOT NULL,
    CustomerCode    VARCHAR(20) NOT NULL,
    DisplayName     NVARCHAR(200) NOT NULL,
    Email           NVARCHAR(320) NULL,
    Phone           VARCHAR(32) NULL,
    IsActive        BIT NOT NULL CONSTRAINT DF_Customer_IsActive DEFAULT (1),
    CreditLimit     DECIMAL(18, 2) NOT NULL CONSTRAINT DF_Customer_CreditLimit DEFAULT 0.00,
    CreatedAt       DATETIME2(3) NOT NULL CONSTRAINT DF_Customer_CreatedAt DEFAULT SYSUTCDATETIME(),
    CreatedBy       SYSNAME NOT NULL DEFAULT SUSER_SNAME(),
    RowVer          ROWVERSION NOT NULL,
    CONSTRAINT PK_Customer PRIMARY KEY CLUSTERED (CustomerId ASC),
    CONSTRAINT UQ_Customer_Code UNIQUE NONCLUSTERED (CustomerCode)
);
GO

CREATE TABLE [shop].[Address]
(
    [AddressId] BIGINT IDENTITY(1000, 1) NOT NULL PRIMARY KEY,
    [CustomerId] INT NOT NULL REFERENCES shop.Customer (CustomerId),
    [Line1] NVARCHAR(120) NOT NULL,
    [Line2] NVARCHAR(120) NULL,
    [City] NVARCHAR(80) NOT NULL,
    [PostalCode] VARCHAR(12) NULL,
    [CountryCode] CHAR(2) NOT NULL CONSTRAINT [DF_Address_Country] DEFAULT ('NL'),
    [IsDefault] BIT NOT NULL DEFAULT ((0)),
    [Latitude] FLOAT NULL,
    [Longitude] FLOAT(53) NULL,
    [Location] GEOGRAPHY NULL
) ON [PRIMARY];
GO

CREATE TABLE shop.Product (
    ProductId int not null identity,
    Sku varchar(40) collate Latin1_General_100_CI_AS not null,
    Name nvarchar(150) not null,
    Description nvarchar(max) null,
    UnitPrice money not null constraint CK_Product_UnitPrice check (UnitPrice >= 0),
    ListPrice smallmoney null,
    WeightKg numeric(9,3) null,
    Category tinyint not null default 0,
    Tags xml null,
    Attributes nvarchar(4000) null constraint CK_Product_Attributes_Json check (isjson(Attributes) = 1),
    Thumbnail varbinary(max) null,
    ExternalRef uniqueidentifier not null default newsequentialid(),
    DiscontinuedOn date null,
    constraint PK_Product primary key nonclustered (ProductId),
    constraint UQ_Product_Sku unique (Sku)
)
go

CREATE CLUSTERED INDEX CIX_Product_Category ON shop.Product (Category, ProductId);
GO

CREATE TABLE shop.OrderHeader
(
    OrderId         BIGINT NOT NULL IDENTITY(1,1),
    OrderNumber     AS ('SO' + RIGHT('0000000000' + CAST(OrderId AS VARCHAR(10)), 10)) PERSISTED,
    CustomerId      INT NOT NULL,
    OrderDate       DATE NOT NULL CONSTRAINT DF_OrderHeader_OrderDate DEFAULT (CONVERT(date, GETDATE())),
    RequiredDate    DATE NULL,
    ShippedDate     DATETIME NULL,
    Status          TINYINT NOT NULL CONSTRAINT DF_OrderHeader_Status DEFAULT (0)
                    CONSTRAINT CK_OrderHeader_Status CHECK (Status IN (0, 1, 2, 3, 9)),
    SubTotal        DECIMAL(19,4) NOT NULL DEFAULT 0,
    TaxAmount       DECIMAL(19,4) NOT NULL DEFAULT 0,
    Freight         DECIMAL(19,4) NOT NULL DEFAULT 0,
    TotalDue        AS (SubTotal + TaxAmount + Freight),
    Comment         NVARCHAR(500) SPARSE NULL,
    CONSTRAINT PK_OrderHeader PRIMARY KEY CLUSTERED (OrderId)
        WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, FILLFACTOR = 90),
    CONSTRAINT FK_OrderHeader_Customer FOREIGN KEY (CustomerId)
        REFERENCES shop.Customer (CustomerId),
    CONSTRAINT CK_OrderHeader_Dates CHECK (RequiredDate IS NULL OR RequiredDate >= OrderDate)
) ON [PRIMARY]
WITH (DATA_COMPRESSION = PAGE);
GO

CREATE TABLE shop.OrderLine
(
    OrderId     BIGINT NOT NULL,
    LineNo      SMALLINT NOT NULL,
    ProductId   INT NOT NULL,
    Quantity    INT NOT NULL CHECK (Quantity > 0),
    UnitPrice   MONEY NOT NULL,
    Discount    REAL NOT NULL DEFAULT (0.0),
    LineTotal   AS CAST(Quantity * UnitPrice * (1.0 - Discount) AS DECIMAL(19, 4)),
    CONSTRAINT PK_OrderLine PRIMARY KEY (OrderId, LineNo),
    CONSTRAINT FK_OrderLine_Order FOREIGN KEY (OrderId) REFERENCES shop.OrderHeader (OrderId) ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT FK_OrderLine_Product FOREIGN KEY (ProductId) REFERENCES shop.Product (ProductId) ON DELETE NO ACTION
);
GO

-- Self reference, SET NULL actions
CREATE TABLE hr.Employee
(
    EmployeeId INT NOT NULL CONSTRAINT PK_Employee PRIMARY KEY,
    ManagerId INT NULL CONSTRAINT FK_Employee_Manager FOREIGN KEY REFERENCES hr.Employee (EmployeeId),
    NationalId CHAR(11) NOT NULL UNIQUE,
    FirstName NVARCHAR(50) NOT NULL,
    LastName NVARCHAR(50) NOT NULL,
    FullName AS (FirstName + N' ' + LastName),
    BirthDate DATE NULL,
    HireDate DATE NOT NULL DEFAULT CAST(GETDATE() AS DATE),
    TerminationDate DATE NULL,
    Salary DECIMAL(12, 2) NULL CHECK (Salary > 0 AND Salary < 1000000),
    HourlyRate DECIMAL(8,2) NULL,
    DepartmentCode CHAR(4) NOT NULL,
    Gender CHAR(1) NULL CHECK (Gender IN ('F', 'M', 'X')),
    PhotoPath NVARCHAR(260) NULL,
    OrgNode HIERARCHYID NULL,
    OrgLevel AS OrgNode.GetLevel(),
    ModifiedAt DATETIMEOFFSET(7) NOT NULL DEFAULT SYSDATETIMEOFFSET(),
    CONSTRAINT CK_Employee_Pay CHECK (Salary IS NOT NULL OR HourlyRate IS NOT NULL),
    CONSTRAINT CK_Employee_Term CHECK (TerminationDate IS NULL OR TerminationDate > HireDate)
);
GO

CREATE TABLE hr.Department (
    DepartmentCode char(4) NOT NULL,
    Name nvarchar(100) NOT NULL,
    ParentCode char(4) NULL,
    CostCenter int NULL,
    CONSTRAINT PK_Department PRIMARY KEY (DepartmentCode),
    CONSTRAINT FK_Department_Parent FOREIGN KEY (ParentCode) REFERENCES hr.Department (DepartmentCode) ON DELETE NO ACTION ON UPDATE NO ACTION
)
GO

ALTER TABLE hr.Employee WITH CHECK ADD CONSTRAINT FK_Employee_Department
    FOREIGN KEY (DepartmentCode) REFERENCES hr.Department (DepartmentCode);
GO
ALTER TABLE hr.Employee CHECK CONSTRAINT FK_Employee_Department;
GO
ALTER TABLE [hr].[Employee] NOCHECK CONSTRAINT [FK_Employee_Manager]
GO
ALTER TABLE hr.Employee WITH NOCHECK ADD CONSTRAINT CK_Employee_Birth CHECK (BirthDate > '19000101');
GO
ALTER TABLE hr.Employee NOCHECK CONSTRAINT ALL;
ALTER TABLE hr.Employee WITH CHECK CHECK CONSTRAINT ALL;
GO

-- Temporal table with a history table
CREATE TABLE billing.PriceList
(
    PriceListId INT NOT NULL PRIMARY KEY CLUSTERED,
    ProductId INT NOT NULL,
    Currency CHAR(3) NOT NULL DEFAULT 'EUR',
    Amount DECIMAL(19, 4) NOT NULL,
    ValidFrom DATETIME2 GENERATED ALWAYS AS ROW START NOT NULL,
    ValidTo DATETIME2 GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = billing.PriceListHistory));
GO

CREATE TABLE billing.TaxRate
(
    TaxRateId INT IDENTITY NOT NULL CONSTRAINT PK_TaxRate PRIMARY KEY,
    CountryCode CHAR(2) NOT NULL,
    Rate DECIMAL(5, 4) NOT NULL,
    SysStart DATETIME2(0) GENERATED ALWAYS AS ROW START HIDDEN NOT NULL CONSTRAINT DF_TaxRate_SysStart DEFAULT SYSUTCDATETIME(),
    SysEnd DATETIME2(0) GENERATED ALWAYS AS ROW END HIDDEN NOT NULL CONSTRAINT DF_TaxRate_SysEnd DEFAULT CONVERT(DATETIME2(0), '9999-12-31 23:59:59'),
    PERIOD FOR SYSTEM_TIME (SysStart, SysEnd)
)
WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = billing.TaxRateHistory, DATA_CONSISTENCY_CHECK = ON));
GO

ALTER TABLE billing.PriceList SET (SYSTEM_VERSIONING = OFF);
GO
ALTER TABLE billing.PriceList ADD Notes NVARCHAR(200) NULL;
GO
ALTER TABLE billing.PriceList SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = billing.PriceListHistory));
GO

CREATE TABLE billing.Invoice
(
    InvoiceId       INT IDENTITY(1,1) NOT NULL,
    InvoiceNo       VARCHAR(30) NOT NULL,
    OrderId         BIGINT NULL,
    CustomerId      INT NOT NULL,
    IssueDate       DATE NOT NULL,
    DueDate         AS DATEADD(DAY, 30, IssueDate),
    Amount          DECIMAL(19,4) NOT NULL,
    Currency        CHAR(3) NOT NULL CONSTRAINT DF_Invoice_Currency DEFAULT ('EUR'),
    PaidAmount      DECIMAL(19,4) NOT NULL CONSTRAINT DF_Invoice_Paid DEFAULT (0),
    Balance         AS (Amount - PaidAmount) PERSISTED NOT NULL,
    IsVoid          BIT NOT NULL CONSTRAINT DF_Invoice_IsVoid DEFAULT 0,
    PdfDocument     VARBINARY(MAX) FILESTREAM NULL,
    DocGuid         UNIQUEIDENTIFIER ROWGUIDCOL NOT NULL CONSTRAINT DF_Invoice_DocGuid DEFAULT NEWID() CONSTRAINT UQ_Invoice_DocGuid UNIQUE,
    CONSTRAINT PK_Invoice PRIMARY KEY NONCLUSTERED (InvoiceId) ON [PRIMARY],
    CONSTRAINT UQ_Invoice_No UNIQUE CLUSTERED (InvoiceNo DESC) WITH (FILLFACTOR = 80),
    INDEX IX_Invoice_Customer NONCLUSTERED (CustomerId, IssueDate),
    INDEX IX_Invoice_Open (DueDate) WHERE IsVoid = 0
);
GO

CREATE TABLE billing.Payment
(
    PaymentId INT NOT NULL IDENTITY(1, 1),
    InvoiceId INT NOT NULL,
    PaidOn DATETIME NOT NULL DEFAULT (getdate()),
    Amount DECIMAL(19,4) NOT NULL,
    Method VARCHAR(10) NOT NULL CONSTRAINT CK_Payment_Method CHECK (Method IN ('CARD', 'SEPA', 'CASH', 'PAYPAL')),
    Reference NVARCHAR(64) NULL,
    CONSTRAINT PK_Payment PRIMARY KEY (PaymentId),
    CONSTRAINT FK_Payment_Invoice FOREIGN KEY (InvoiceId) REFERENCES billing.Invoice (InvoiceId) ON DELETE CASCADE
);
GO

-- Table with every common type
CREATE TABLE dbo.TypeShowcase
(
    c_bigint bigint NULL,
    c_int int NULL,
    c_smallint smallint NULL,
    c_tinyint tinyint NULL,
    c_bit bit NULL,
    c_decimal decimal(38, 10) NULL,
    c_numeric numeric NULL,
    c_money money NULL,
    c_smallmoney smallmoney NULL,
    c_float float NULL,
    c_real real NULL,
    c_date date NULL,
    c_time time(7) NULL,
    c_datetime datetime NULL,
    c_datetime2 datetime2(7) NULL,
    c_smalldatetime smalldatetime NULL,
    c_dto datetimeoffset NULL,
    c_char char(10) NULL,
    c_varchar varchar(8000) NULL,
    c_varcharmax varchar(max) NULL,
    c_nchar nchar(10) NULL,
    c_nvarchar nvarchar(4000) NULL,
    c_text text NULL,
    c_ntext ntext NULL,
    c_binary binary(16) NULL,
    c_varbinary varbinary(256) NULL,
    c_image image NULL,
    c_guid uniqueidentifier NULL,
    c_xml xml NULL,
    c_sqlvariant sql_variant NULL,
    c_geometry geometry NULL,
    c_hierarchy hierarchyid NULL,
    c_sysname sysname NULL,
    c_doubleprec double precision NULL,
    c_charvar character varying(30) NULL,
    c_natchar national character varying(30) NULL
);
GO

CREATE TABLE [dbo].[AuditLog]
(
    [AuditId] [bigint] IDENTITY(1,1) NOT NULL,
    [EventTime] [datetime2](7) NOT NULL,
    [UserName] [nvarchar](128) NOT NULL,
    [HostName] [nvarchar](128) NULL,
    [ObjectName] [nvarchar](256) NULL,
    [Action] [varchar](16) NOT NULL,
    [Payload] [nvarchar](max) NULL,
 CONSTRAINT [PK_AuditLog] PRIMARY KEY CLUSTERED
(
    [AuditId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO

ALTER TABLE [dbo].[AuditLog] ADD CONSTRAINT [DF_AuditLog_EventTime] DEFAULT (sysutcdatetime()) FOR [EventTime]
GO
ALTER TABLE [dbo].[AuditLog] ADD  DEFAULT (host_name()) FOR [HostName]
GO

CREATE TABLE logistics.Warehouse
(
    WarehouseId SMALLINT NOT NULL,
    Code VARCHAR(8) NOT NULL,
    Name NVARCHAR(100) NOT NULL,
    Capacity INT NULL,
    OpenedOn DATE NULL,
    TimeZone VARCHAR(64) NOT NULL DEFAULT 'W. Europe Standard Time',
    CONSTRAINT PK_Warehouse PRIMARY KEY (WarehouseId),
    CONSTRAINT UQ_Warehouse_Code UNIQUE (Code)
);

CREATE TABLE logistics.StockLevel
(
    WarehouseId SMALLINT NOT NULL,
    ProductId INT NOT NULL,
    OnHand INT NOT NULL DEFAULT 0,
    Reserved INT NOT NULL DEFAULT 0,
    Available AS (OnHand - Reserved),
    ReorderPoint INT NULL,
    LastCounted DATETIME2 NULL,
    PRIMARY KEY CLUSTERED (WarehouseId, ProductId),
    FOREIGN KEY (WarehouseId) REFERENCES logistics.Warehouse (WarehouseId),
    FOREIGN KEY (ProductId) REFERENCES shop.Product (ProductId),
    CHECK (OnHand >= 0),
    CHECK (Reserved BETWEEN 0 AND OnHand)
);

CREATE TABLE logistics.Shipment
(
    ShipmentId INT IDENTITY(1,1) PRIMARY KEY,
    OrderId BIGINT NOT NULL,
    WarehouseId SMALLINT NOT NULL,
    Carrier VARCHAR(20) NOT NULL,
    TrackingNo VARCHAR(40) NULL,
    ShippedAt DATETIMEOFFSET NULL,
    DeliveredAt DATETIMEOFFSET NULL,
    WeightKg DECIMAL(9, 3) NULL,
    Dimensions VARCHAR(50) NULL,
    CONSTRAINT FK_Shipment_Order FOREIGN KEY (OrderId) REFERENCES shop.OrderHeader (OrderId),
    CONSTRAINT FK_Shipment_Warehouse FOREIGN KEY (WarehouseId) REFERENCES logistics.Warehouse (WarehouseId)
);
GO

-- Memory-optimized and special tables
CREATE TABLE dbo.SessionCache
(
    SessionId UNIQUEIDENTIFIER NOT NULL PRIMARY KEY NONCLUSTERED,
    UserId INT NOT NULL,
    Payload VARBINARY(8000) NULL,
    ExpiresAt DATETIME2 NOT NULL,
    INDEX IX_SessionCache_User HASH (UserId) WITH (BUCKET_COUNT = 131072)
)
WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
GO

CREATE TABLE dbo.ImportStaging
(
    LineNo INT NOT NULL,
    RawLine NVARCHAR(MAX) NULL,
    LoadedAt DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
)
WITH (DATA_COMPRESSION = ROW);
GO

CREATE TABLE #WorkList
(
    Id INT NOT NULL PRIMARY KEY,
    Label NVARCHAR(50) COLLATE DATABASE_DEFAULT NULL,
    Processed BIT NOT NULL DEFAULT 0
);
CREATE TABLE ##GlobalWork (Id INT, Note VARCHAR(100));
DROP TABLE #WorkList;
DROP TABLE ##GlobalWork;
GO

CREATE TABLE dbo.Partitioned
(
    Id BIGINT NOT NULL,
    EventDate DATE NOT NULL,
    Amount MONEY NULL,
    CONSTRAINT PK_Partitioned PRIMARY KEY CLUSTERED (EventDate, Id)
) ON psEventDate (EventDate);
GO

CREATE TABLE dbo.ColumnstoreFact
(
    FactId BIGINT NOT NULL,
    DateKey INT NOT NULL,
    StoreKey INT NOT NULL,
    Qty INT NOT NULL,
    Revenue DECIMAL(19, 4) NOT NULL,
    INDEX CCI_ColumnstoreFact CLUSTERED COLUMNSTORE
);
GO

-- ALTER TABLE variants
ALTER TABLE shop.Customer ADD LoyaltyTier TINYINT NULL;
GO
ALTER TABLE shop.Customer ADD
    Birthday DATE NULL,
    Newsletter BIT NOT NULL CONSTRAINT DF_Customer_Newsletter DEFAULT (0),
    Score AS (CASE WHEN LoyaltyTier IS NULL THEN 0 ELSE LoyaltyTier * 10 END);
GO
ALTER TABLE shop.Customer ALTER COLUMN Phone VARCHAR(40) NULL;
GO
ALTER TABLE shop.Customer ALTER COLUMN DisplayName NVARCHAR(250) COLLATE Latin1_General_CI_AS NOT NULL;
GO
alter table shop.Customer alter column Email nvarchar(320) not null
go
ALTER TABLE shop.Customer DROP CONSTRAINT DF_Customer_Newsletter;
GO
ALTER TABLE shop.Customer DROP COLUMN Newsletter;
GO
ALTER TABLE shop.Customer DROP COLUMN IF EXISTS Score, Birthday;
GO
ALTER TABLE shop.Customer DROP CONSTRAINT IF EXISTS UQ_Customer_Code;
GO
ALTER TABLE shop.Customer ADD CONSTRAINT UQ_Customer_Code UNIQUE (CustomerCode) WITH (ONLINE = ON);
GO
ALTER TABLE shop.Product ADD CONSTRAINT DF_Product_Category DEFAULT 1 FOR Category;
ALTER TABLE shop.Product ADD CONSTRAINT CK_Product_Weight CHECK (WeightKg IS NULL OR WeightKg > 0);
ALTER TABLE shop.Product DROP CONSTRAINT CK_Product_Weight, DF_Product_Category;
GO
ALTER TABLE shop.OrderLine ADD CONSTRAINT CK_OrderLine_Discount CHECK (Discount >= 0 AND Discount <= 0.5);
GO
ALTER TABLE logistics.Shipment ADD CONSTRAINT UQ_Shipment_Tracking UNIQUE NONCLUSTERED (Carrier, TrackingNo);
GO
ALTER TABLE dbo.AuditLog REBUILD WITH (DATA_COMPRESSION = PAGE);
GO
ALTER TABLE dbo.AuditLog SET (LOCK_ESCALATION = AUTO);
GO
ALTER TABLE dbo.ImportStaging ALTER COLUMN RawLine NVARCHAR(4000) NOT NULL;
GO
ALTER TABLE dbo.ImportStaging ADD RowId INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_ImportStaging PRIMARY KEY;
GO
ALTER TABLE billing.Invoice ADD CONSTRAINT FK_Invoice_Customer FOREIGN KEY (CustomerId) REFERENCES shop.Customer (CustomerId) ON DELETE NO ACTION ON UPDATE CASCADE;
GO
ALTER TABLE billing.Invoice ADD CONSTRAINT FK_Invoice_Order FOREIGN KEY (OrderId) REFERENCES shop.OrderHeader (OrderId) ON DELETE SET NULL;
GO
ALTER TABLE hr.Employee ALTER COLUMN PhotoPath NVARCHAR(400) SPARSE NULL;
GO
ALTER TABLE hr.Employee ENABLE TRIGGER ALL;
ALTER TABLE hr.Employee DISABLE TRIGGER trg_Employee_Audit;
GO
ALTER TABLE dbo.Partitioned SWITCH PARTITION 2 TO dbo.PartitionedArchive PARTITION 2;
GO
ALTER TABLE logistics.StockLevel ADD CONSTRAINT DF_StockLevel_LastCounted DEFAULT (SYSDATETIME()) FOR LastCounted WITH VALUES;
GO
ALTER TABLE logistics.Warehouse ADD IsBonded BIT NOT NULL DEFAULT 0 WITH VALUES;
GO

-- Small lookup tables, mixed style
create table dbo.Country (
    CountryCode char(2) not null primary key,
    Iso3 char(3) not null unique,
    Name nvarchar(100) not null,
    EuMember bit not null default 0
);
create table dbo.Currency ( CurrencyCode char(3) not null constraint PK_Currency primary key, Symbol nvarchar(5) null, Decimals tinyint not null constraint DF_Currency_Decimals default 2 );
create table dbo.Setting
(
    [Key] varchar(100) not null primary key,
    [Value] nvarchar(max) null,
    "Description" nvarchar(500) null,
    [Order] int not null default 0,
    [Group] varchar(50) null
);
go

CREATE TABLE dbo.[Order Import Log]
(
    [Log Id] INT IDENTITY(1,1) NOT NULL,
    [File Name] NVARCHAR(260) NOT NULL,
    [Row Count] INT NULL,
    [Started At] DATETIME2 NOT NULL DEFAULT (SYSDATETIME()),
    [Finished At] DATETIME2 NULL,
    CONSTRAINT [PK Order Import Log] PRIMARY KEY ([Log Id])
);
GO

CREATE TABLE Preflight_Train.dbo.RemoteCopy (Id INT NOT NULL, Label NVARCHAR(40) NULL);
GO

SELECT CustomerId, DisplayName
INTO #CustomerSnapshot
FROM shop.Customer
WHERE IsActive = 1;
GO

SELECT * INTO dbo.Customer_Backup_20240101 FROM shop.Customer;
GO

-- Drops
DROP TABLE dbo.Customer_Backup_20240101;
GO
DROP TABLE IF EXISTS dbo.ColumnstoreFact;
GO
DROP TABLE IF EXISTS dbo.Partitioned, dbo.PartitionedArchive;
GO
drop table [dbo].[Order Import Log]
go
TRUNCATE TABLE dbo.ImportStaging;
GO
