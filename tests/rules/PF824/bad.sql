INSERT INTO dbo.Customers VALUES (1, N'Alice');  -- expect: PF824 at=13 end=1:26 object=dbo.Customers message="INSERT into dbo.Customers without a column list: the VALUES must match the table's columns by position, so it fails, or fills the wrong columns, once a column is added or reordered; name the columns"
insert [dbo].[Customers] select Id, Name from staging.Customers;  -- expect: PF824 at=8 object=dbo.Customers contains="the SELECT must match"
INSERT Customers EXEC dbo.LoadCustomers;  -- expect: PF824 object=Customers contains="the EXEC must match"
WITH s AS (SELECT Id, Name FROM staging.Customers)
INSERT INTO dbo.Customers SELECT Id, Name FROM s;  -- expect: PF824
GO
CREATE TABLE dbo.Codes (Code int NOT NULL);
GO
CREATE PROCEDURE dbo.AddCode @code int AS
  -- Runs later, when the table may have more columns.
  INSERT INTO dbo.Codes VALUES (@code);  -- expect: PF824 object=dbo.Codes
GO
