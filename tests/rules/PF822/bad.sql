CREATE TABLE dbo.Customers (
  Id int NOT NULL,
  Name varchar NOT NULL,  -- expect: PF822 at=8 object=dbo.Customers.Name message="column Name is varchar without a length, which is varchar(1) in a column definition: it holds one character, and a longer value fails or is cut; write the length"
  [Code] [NCHAR] NULL,  -- expect: PF822 at=10 object=dbo.Customers.Code
  Hash varbinary NULL,  -- expect: PF822 contains="holds one byte"
  Notes nvarchar(max) NULL,
  Flag char(1) NOT NULL
);
GO
alter table [dbo].[Customers] add [Email] national character varying null;  -- expect: PF822 object=dbo.Customers.Email contains="nvarchar without a length"
ALTER TABLE dbo.Customers ALTER COLUMN Flag char NOT NULL;  -- expect: PF822
CREATE TABLE #work (v varchar);  -- expect: PF822 object=#work.v
DECLARE @t TABLE (code binary);  -- expect: PF822 object=@t.code
DECLARE @name nvarchar = N'Alice', @id int, @ok nvarchar(10);  -- expect: PF822 at=15 object=@name message="variable @name is nvarchar without a length, which is nvarchar(1): a longer value assigned to it is silently cut to its first character; write the length"
GO
CREATE TYPE dbo.Code FROM varchar NOT NULL;  -- expect: PF822 object=dbo.Code
CREATE TYPE dbo.Names AS TABLE (Name sysname, Tag char);  -- expect: PF822 object=dbo.Names.Tag
GO
CREATE PROCEDURE dbo.FindCustomer
  @name varchar,  -- expect: PF822 object=@name contains="parameter @name"
  @limit int = 10
AS
BEGIN
  DECLARE @pattern VARCHAR;  -- expect: PF822 object=@pattern
  SET @pattern = @name + '%';
  SELECT Id FROM dbo.Customers WHERE Name LIKE @pattern;
END;
GO
CREATE FUNCTION dbo.Initial (@s nvarchar(100)) RETURNS nchar  -- expect: PF822 object=dbo.Initial contains="returns nchar"
AS
BEGIN
  RETURN LEFT(@s, 1);
END;
GO
