CREATE TABLE dbo.Customers (
  Id int NOT NULL,
  Name nvarchar(100) NOT NULL DEFAULT N'Zoë',
  City varchar(50) NULL DEFAULT 'Zurich'
);
GO
INSERT INTO dbo.Customers (Id, Name, City) VALUES (1, N'Zoë', 'Zurich');
UPDATE dbo.Customers SET Name = N'Łukasz' WHERE Name = 'Lukasz';
-- Compared, not written; part of a larger expression; into a variable.
SELECT Id FROM dbo.Customers WHERE City = 'Zürich';
UPDATE dbo.Customers SET Name = Name + 'é' WHERE Id = 1;
DECLARE @s varchar(10);
UPDATE dbo.Customers SET @s = 'é' WHERE Id = 1;
PRINT 'Schön';
-- A column of another type takes the text converted.
CREATE TABLE dbo.Events (Id int NOT NULL, At datetime NOT NULL);
GO
INSERT INTO dbo.Events (Id, At) VALUES (1, '2024-01-01');
-- Not a string: 'é' in a comment, and N'...' inside dynamic SQL.
EXEC (N'INSERT INTO dbo.Log (Text) VALUES (N''Ärger'');');
