-- A table the deployment created holds only its rows.
CREATE TABLE dbo.Codes (Code int NOT NULL, Name nvarchar(50) NOT NULL);
GO
CREATE UNIQUE INDEX UX_Codes ON dbo.Codes (Code);
ALTER TABLE dbo.Codes ADD CONSTRAINT UQ_Codes_Name UNIQUE (Name);
GO
IF OBJECT_ID(N'dbo.Regions') IS NULL
BEGIN
  CREATE TABLE dbo.Regions (Id int NOT NULL);
  ALTER TABLE dbo.Regions ADD CONSTRAINT PK_Regions PRIMARY KEY (Id);
END
GO
CREATE UNIQUE INDEX UX_Work ON #work (Id);
CREATE INDEX IX_Orders_Code ON dbo.Orders (Code) WITH (ONLINE = ON);
ALTER TABLE dbo.Orders ADD CONSTRAINT FK_Orders_C FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (Id);  -- expect: PF223
GO
-- Re-created under the same name (after a change in between, typically): the rows satisfied it until the drop.
ALTER TABLE dbo.Lines DROP CONSTRAINT PK_Lines;
ALTER TABLE dbo.Lines ADD CONSTRAINT PK_Lines PRIMARY KEY (Id);  -- expect: PF221
DROP INDEX UX_Lines_Code ON dbo.Lines;
CREATE UNIQUE INDEX UX_Lines_Code ON dbo.Lines (Code, Region) WITH (ONLINE = ON);
DROP INDEX dbo.Lines.UX_Lines_Ref;
CREATE UNIQUE INDEX UX_Lines_Ref ON dbo.Lines (Ref) WITH (ONLINE = ON);
