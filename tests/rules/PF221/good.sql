CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId) WITH (ONLINE = ON);
CREATE INDEX IX_Orders_Date ON dbo.Orders (OrderDate) WITH (SORT_IN_TEMPDB = ON, online = on, RESUMABLE = ON);
ALTER TABLE dbo.Orders ADD CONSTRAINT PK_Orders PRIMARY KEY (Id) WITH (ONLINE = ON);  -- expect: PF805
-- Tables the deployment creates are empty when their indexes are built.
CREATE TABLE dbo.Fresh (Id int NOT NULL, Code nvarchar(10));
CREATE CLUSTERED INDEX CIX_Fresh ON dbo.Fresh (Id);
ALTER TABLE dbo.Fresh ADD CONSTRAINT UQ_Fresh UNIQUE (Code);
GO
CREATE VIEW dbo.V WITH SCHEMABINDING AS SELECT Id FROM dbo.Fresh;
GO
CREATE UNIQUE CLUSTERED INDEX CIX_V ON dbo.V (Id);  -- expect: PF805
SELECT Id INTO #t FROM dbo.Fresh;
CREATE INDEX IX_t ON #t (Id);
-- Foreign keys and checks build no index (PF223 judges their validation).
ALTER TABLE dbo.Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_C FOREIGN KEY (C) REFERENCES dbo.C (Id);  -- expect: PF802
GO
-- Created and indexed in the same guarded block: the index runs only on the new, empty table.
IF OBJECT_ID(N'dbo.Policy') IS NULL
BEGIN
  CREATE TABLE dbo.Policy (Id int NOT NULL, GroupId int NULL);
  CREATE NONCLUSTERED INDEX IX_Policy_GroupId ON [Policy] (GroupId);
  IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_Policy')
    CREATE UNIQUE INDEX UX_Policy ON dbo.Policy (Id);
END
GO
-- An install script that stops itself with SET NOEXEC ON: the index runs only if the table did.
IF DB_NAME() <> N'Sales' SET NOEXEC ON;
GO
CREATE TABLE dbo.Installed (Id int NOT NULL);
GO
SET QUOTED_IDENTIFIER ON;
CREATE CLUSTERED INDEX CIX_Installed ON dbo.Installed (Id);
GO
