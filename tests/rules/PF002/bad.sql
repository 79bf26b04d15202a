-- preflight-disable-next-statement PF10l -- archived in CHG-1234  -- expect: PF002
DROP TABLE dbo.Orders;  -- expect: PF101 suppressed=no
-- preflight-disable-next-statement PF101 because we must archive first
-- expect-above: PF002 message="'because we must archive first' is not a rule id or name, so this suppression disables nothing; did you forget ' -- ' before the reason?"
DROP TABLE dbo.Lines;  -- expect: PF101 suppressed=no
/* preflight-disable-next-statement drop-table, PF10l later */  -- expect: PF002 contains="'PF10l later' is not a rule id or name, so this suppression disables nothing; did you forget ' -- '"
DROP TABLE dbo.Notes;  -- expect: PF101 suppressed=no
