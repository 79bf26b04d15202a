CREATE TABLE dbo.Customers (
  Id int NOT NULL,
  Name nvarchar(100) NOT NULL,
  City varchar(50) NULL,
  Country nvarchar(50) NOT NULL CONSTRAINT DF_Customers_Country DEFAULT 'Österreich',  -- expect: PF823 object=dbo.Customers.Country contains="nvarchar column Country"
  Born date NULL DEFAULT '2000-01-01'
);
GO
INSERT INTO dbo.Customers (Id, Name, City) VALUES (1, 'Zoë', 'Zürich');  -- expect: PF823 at=55 object=dbo.Customers.Name contains="nvarchar column Name" expect: PF823 at=62 object=dbo.Customers.City contains="varchar column City: they are kept only if the collation's code page has them"
INSERT INTO dbo.Customers (Id, Name) VALUES (2, N'Zoë'), (3, ('Ελένη'));  -- expect: PF823 at=63 end=10:70
UPDATE c SET c.Name = 'Łukasz', City = 'Kraków' FROM dbo.Customers AS c WHERE c.Id = 4;  -- expect: PF823 object=dbo.Customers.Name expect: PF823 object=dbo.Customers.City contains="varchar column City"
INSERT dbo.Other VALUES (5, 'café');  -- expect: PF824 expect: PF823 object=dbo.Other message="a string without the N prefix holds characters outside ASCII: SQL Server reads it in the database's code page, and characters the code page lacks become '?'; write N'...' when the column is nvarchar or nchar"
ALTER TABLE dbo.Prices ADD CONSTRAINT DF_Prices_Currency DEFAULT '€' FOR Currency;  -- expect: PF823 object=dbo.Prices.Currency
ALTER TABLE dbo.Prices ADD Label nvarchar(20) NULL DEFAULT '—';  -- expect: PF823 object=dbo.Prices.Label
DECLARE @t TABLE (Greeting nvarchar(20) DEFAULT 'Grüß Gott');  -- expect: PF823 object=@t.Greeting
GO
CREATE PROCEDURE dbo.Rename @id int AS
  UPDATE dbo.Customers SET Name = 'Jürgen' WHERE Id = @id;  -- expect: PF823 contains="write N'...' when column Name is nvarchar or nchar"
GO
EXEC (N'INSERT INTO dbo.Log (Text) VALUES (''Ärger'');');  -- expect: PF823 object=dbo.Log.Text
