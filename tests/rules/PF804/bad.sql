SET IDENTITY_INSERT dbo.Orders ON;  -- expect: PF804 at=1 object=dbo.Orders contains="SET IDENTITY_INSERT dbo.Orders ON is never switched OFF"
INSERT INTO dbo.Orders (Id, Status) VALUES (1, 0);
GO
-- Switched off for another table only.
SET IDENTITY_INSERT [Sales].[Lines] ON  -- expect: PF804 object=Sales.Lines
GO
INSERT INTO Sales.Lines (Id) VALUES (1)
GO
SET IDENTITY_INSERT Sales.Invoices OFF
GO
-- OFF inside dynamic SQL ends with the EXEC: the session's setting stays ON.
SET IDENTITY_INSERT dbo.Payments ON;  -- expect: PF804
EXEC (N'SET IDENTITY_INSERT dbo.Payments OFF');
