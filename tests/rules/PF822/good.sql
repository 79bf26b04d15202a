-- Every string type with a length, max, or a type that has no length.
CREATE TABLE dbo.Customers (
  Id int NOT NULL,
  Name varchar(100) NOT NULL,
  Notes nvarchar(MAX) NULL,
  Flag char(1) NOT NULL,
  Hash binary(32) NULL,
  Login sysname NOT NULL,
  Body text NULL,
  Total AS Id * 2
);
GO
DECLARE @s nvarchar(4000) = N'x', @b varbinary(max);
SELECT CAST(Id AS varchar) AS IdText, CONVERT(nvarchar, GETDATE(), 120) AS Stamp FROM dbo.Customers;
GO
CREATE PROCEDURE dbo.P @p varchar(10), @q dbo.Code AS SELECT @p, @q;
GO
