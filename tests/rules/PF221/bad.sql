CREATE INDEX IX_Orders_Customer ON dbo.Orders (CustomerId);  -- expect: PF221 object=dbo.Orders.IX_Orders_Customer contains="every write to the table waits"
CREATE CLUSTERED INDEX CIX_Events ON dbo.Events (At);  -- expect: PF221 contains="every query on the table waits"
CREATE UNIQUE INDEX UX_Orders_Code ON dbo.Orders (Code) WITH (FILLFACTOR = 90, ONLINE = OFF);  -- expect: PF221 at=80 expect: PF805
CREATE INDEX IX_Legacy ON dbo.Orders (Code) WITH FILLFACTOR = 90, ONLINE = OFF;  -- expect: PF221
ALTER TABLE dbo.Orders ADD CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (Id);  -- expect: PF221 at=28 object=dbo.Orders.PK_Orders expect: PF805
ALTER TABLE dbo.Orders WITH CHECK ADD CONSTRAINT UQ_Orders UNIQUE (Code);  -- expect: PF221 at=39 expect: PF805
EXEC (N'CREATE INDEX IX_Dyn ON dbo.Orders (Region)');  -- expect: PF221 at=9
-- An index created inside a procedure is built whenever the procedure runs.
CREATE PROCEDURE dbo.AddIndex AS
  CREATE INDEX IX_Proc ON dbo.Orders (Region);  -- expect: PF221 contains="runs when procedure"
GO
-- The other branch of the IF that creates the table runs when the table was there.
IF OBJECT_ID(N'dbo.Other') IS NULL
  CREATE TABLE dbo.Other (Id int NOT NULL);
ELSE
  CREATE INDEX IX_Other ON dbo.Other (Id);  -- expect: PF221
GO
IF DB_NAME() <> N'Sales' SET NOEXEC ON;
GO
CREATE TABLE dbo.Installed (Id int NOT NULL);
GO
SET NOEXEC OFF;
CREATE CLUSTERED INDEX CIX_Installed ON dbo.Installed (Id);  -- expect: PF221 contains="under SET NOEXEC ON"
GO
-- An idempotent guard does not make the table new: when it was there already, the index is built
-- over its rows.
IF OBJECT_ID(N'dbo.Maybe') IS NULL
  CREATE TABLE dbo.Maybe (Id int);
GO
CREATE INDEX IX_Maybe ON dbo.Maybe (Id);  -- expect: PF221 contains="only under IF or WHILE"
