DROP VIEW dbo.vOrders;  -- expect: PF107
GO
-- Begun under IF, committed only in the other branch: the transaction may stay open, and what
-- the script creates after it may be rolled back.
IF DB_NAME() = N'Sales'
    BEGIN TRANSACTION;  -- expect: PF702
ELSE
    COMMIT;
GO
DROP PROCEDURE dbo.usp_Report;  -- expect: PF107
GO
CREATE PROCEDURE dbo.usp_Report AS SELECT 1;
GO
