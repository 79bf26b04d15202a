-- Training input for the parser's prediction snapshot (the same constructs in mixed styles: case, quoting, semicolons, comments).
-- Written for Preflight; not meant to be deployed.

set quoted_identifier on
go

/*
   Block comment at the top of a batch.
   /* nested block comment */
   SELECT this is not code;
*/
select 1 as one -- trailing comment
go

-- lower case, no semicolons, no aliases keyword
create table "dbo"."Courier"
(
    "CourierId" int identity(1, 1) not null constraint "PK_Courier" primary key,
    "Name" nvarchar(100) not null,
    "Phone Number" varchar(30) null,
    "Active" bit not null default 1
)
go
insert into "dbo"."Courier" ("Name", "Phone Number") values (N'Swift Wheels', '+31 30 000 0000')
insert "dbo"."Courier" ("Name") values (N'Cargo Bike Co')
select "CourierId", "Name", "Phone Number" from "dbo"."Courier" where "Active" = 1 order by "Name"
update "dbo"."Courier" set "Active" = 0 where "Name" like N'%bike%'
delete "dbo"."Courier" where "Active" = 0 and "CourierId" > 100
go

-- UPPER CASE with brackets everywhere
SELECT [c].[CourierId], [c].[Name], [s].[ShipmentId]
FROM [dbo].[Courier] AS [c]
LEFT JOIN [logistics].[Shipment] AS [s] ON [s].[Carrier] = CAST([c].[CourierId] AS VARCHAR(20))
WHERE [c].[Active] = 1;
GO
SELECT [Name] AS [Courier Name], [Phone Number] AS [Phone #] FROM [dbo].[Courier];
SELECT [Select], [From], [Where] FROM (SELECT 1 AS [Select], 2 AS [From], 3 AS [Where]) AS [Table];
SELECT [a]]b] = 1;
GO

-- Mixed case keywords
Select Top (3) c.Name From dbo.Courier c Where c.Active = 1 Order By c.Name Desc;
sElEcT cOuNt(*) fRoM dbo.Courier;
Insert Into dbo.Courier (Name) Values (N'MixedCase');
Update dbo.Courier Set Active = 1 Where Name = N'MixedCase';
Delete From dbo.Courier Where Name = N'MixedCase';
GO

-- Every statement on one line, semicolons only sometimes
DECLARE @x INT = 1; IF @x = 1 SELECT 'a' ELSE SELECT 'b'; SELECT @x = @x + 1 PRINT @x; SET @x = 0
GO

-- Comments in odd places
SELECT /* inline */ c.CourierId -- after a column
     , c.Name /* between columns */
FROM dbo.Courier c -- after table
/* before where */ WHERE c.CourierId > 0 -- end
  AND /* inside predicate */ c.Active = 1
ORDER BY -- before order key
    c.Name;
GO

CREATE PROCEDURE dbo.usp_Commented -- header comment
    @p1 INT /* first */ , -- second line
    @p2 INT = 0 -- default
AS -- start of body
/* body */ BEGIN
    -- nothing but a select
    SELECT @p1 + @p2 AS Total; /* done */
END -- end of proc
GO

-- Leading commas and heavy indentation
SELECT
      oh.OrderId
    , oh.OrderDate
    , oh.CustomerId
    , c.DisplayName
    , oh.SubTotal
FROM
    shop.OrderHeader oh
    INNER JOIN
        shop.Customer c
        ON
            c.CustomerId = oh.CustomerId
WHERE
        oh.Status IN (0
                     , 1
                     , 2)
    AND oh.SubTotal
        > 0
ORDER BY
      oh.OrderDate DESC
    , oh.OrderId;
GO

-- Strings that look like code and unusual literals
SELECT 'SELECT * FROM x; GO' AS NotCode,
       N'-- not a comment' AS NotComment,
       '/* not a block */' AS NotBlock,
       'Line one
Line two' AS MultiLine,
       'He said "hi"' AS DoubleQuotesInside,
       N'O''Brien' AS Apostrophe,
       '' + '' AS Empties,
       '[bracket]' AS Brackets;
GO

-- Quoted identifiers with spaces and reserved words as column names
CREATE TABLE dbo.[User Preferences]
(
    [User] SYSNAME NOT NULL,
    [Key] NVARCHAR(100) NOT NULL,
    [Value] NVARCHAR(MAX) NULL,
    [Date] DATE NULL,
    [Time] TIME NULL,
    [Text] NVARCHAR(100) NULL,
    [Name] NVARCHAR(100) NULL,
    [Type] VARCHAR(20) NULL,
    [Status] TINYINT NULL,
    [Level] INT NULL,
    CONSTRAINT [PK User Preferences] PRIMARY KEY ([User], [Key])
);
GO
SELECT p.[User], p.[Key], p.[Value], p.[Date], p.[Type], p.[Status], p.[Level]
FROM dbo.[User Preferences] p
WHERE p.[Type] = 'ui' AND p.[Status] = 1;
GO
SELECT Name, Type, Status, Level, Date, Text FROM dbo.[User Preferences];
GO

-- Names that look like keywords
SELECT value, [key], type, name, data, version, action, source, target, count, size, state, description, language
FROM (SELECT 1 AS value, 2 AS [key], 3 AS type, 4 AS name, 5 AS data, 6 AS version, 7 AS action, 8 AS source,
             9 AS target, 10 AS count, 11 AS size, 12 AS state, 13 AS description, 14 AS language) AS kw;
GO

-- Multiple statements per batch in both styles
BEGIN
    SELECT 1
    SELECT 2;
    BEGIN
        SELECT 3
    END
END
GO

-- Batch separators in lower case and with repeat counts
select 1
go
SELECT 2
Go
INSERT INTO dbo.Courier (Name) VALUES (N'repeat')
GO 3

-- Two-, three- and four-part names
SELECT TOP (1) * FROM Courier;
SELECT TOP (1) * FROM dbo.Courier;
SELECT TOP (1) * FROM Preflight_Train.dbo.Courier;
SELECT TOP (1) * FROM Preflight_Train..Courier;
SELECT TOP (1) * FROM ArchiveServer.ShopArchive.dbo.Courier;
SELECT TOP (1) * FROM [ArchiveServer].[ShopArchive].[dbo].[Courier];
SELECT Preflight_Train.dbo.Courier.Name FROM Preflight_Train.dbo.Courier;
EXEC Preflight_Train..sp_help 'dbo.Courier';
GO

DROP PROCEDURE dbo.usp_Commented;
DROP TABLE dbo.[User Preferences];
DROP TABLE "dbo"."Courier";
GO
