-- Without a policy no table is listed as large: the backfill is PF230's, at warn.
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
GO
UPDATE dbo.Orders SET Region = 'EU';  -- expect: PF230
