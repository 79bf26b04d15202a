ALTER TABLE dbo.Orders ADD Region char(2) NULL;
GO
-- Batched: the loop's UPDATE TOP (n) is bounded.
WHILE 1 = 1
BEGIN
  UPDATE TOP (5000) dbo.Orders SET Region = 'EU' WHERE Region IS NULL;
  IF @@ROWCOUNT = 0 BREAK;
END;
-- Bounded by a WHERE or a join.
UPDATE dbo.Orders SET Region = 'EU' WHERE CustomerId = 42;
UPDATE o SET o.Region = c.Region FROM dbo.Orders AS o JOIN dbo.Customers AS c ON c.Id = o.CustomerId;
-- A column that was there before is PF122's: old values are overwritten.
UPDATE dbo.Orders SET Status = 'open';  -- expect: PF122
UPDATE dbo.Orders SET Region = 'EU', Status = 'open';  -- expect: PF122
GO
-- A column added only under IF may have held values already: PF122.
IF COL_LENGTH('dbo.Customers', 'Tier') IS NULL
  ALTER TABLE dbo.Customers ADD Tier int NULL;
GO
UPDATE dbo.Customers SET Tier = 1;  -- expect: PF122
GO
-- A table the deployment created holds no rows from before.
CREATE TABLE dbo.Import (Id int);
GO
ALTER TABLE dbo.Import ADD Done bit NULL;
GO
UPDATE dbo.Import SET Done = 0;
GO
-- Inside a procedure the UPDATE runs on every call, long after the column was added: PF122.
CREATE PROCEDURE dbo.ResetRegion AS
  UPDATE dbo.Orders SET Region = NULL;  -- expect: PF122
GO
