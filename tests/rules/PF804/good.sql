SET IDENTITY_INSERT dbo.Orders ON;
INSERT INTO dbo.Orders (Id, Status) VALUES (1, 0);
SET IDENTITY_INSERT dbo.Orders OFF;
GO
SET IDENTITY_INSERT [Sales].[Lines] ON
GO
INSERT INTO Sales.Lines (Id) VALUES (1)
GO
SET IDENTITY_INSERT sales.lines OFF
GO
-- Restored by SQL Server when the procedure or the EXEC returns.
CREATE PROCEDURE dbo.Seed AS
SET IDENTITY_INSERT dbo.Orders ON;
INSERT INTO dbo.Orders (Id) VALUES (1);
GO
EXEC (N'SET IDENTITY_INSERT dbo.Orders ON; INSERT INTO dbo.Orders (Id) VALUES (1);');
