ALTER TABLE dbo.Orders ADD Region char(2) NULL, Zone int NULL;
GO
UPDATE dbo.Orders SET Region = 'EU';  -- expect: PF230 at=1 object=dbo.Orders contains="fills Region in every row of dbo.Orders in one statement"
UPDATE o SET o.Region = 'EU', Zone = 1 FROM dbo.Orders AS o;  -- expect: PF230 contains="fills Region, Zone"
UPDATE dbo.Orders SET Zone = 1 WHERE 1 = 1;  -- expect: PF230
-- preflight-disable-next-statement PF230 -- a reference table of a few hundred rows
UPDATE dbo.Orders SET Zone = 2;  -- expect: PF230 suppressed=inline
GO
-- A column added by an earlier script of the deployment counts the same.
