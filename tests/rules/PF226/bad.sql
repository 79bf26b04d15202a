UPDATE dbo.Orders WITH (TABLOCKX) SET Status = 1 WHERE Status = 0;  -- expect: PF226 at=25 end=1:33 object=dbo.Orders contains="TABLOCKX locks all of dbo.Orders exclusively"
SELECT o.Id FROM dbo.Orders AS o WITH (XLOCK) WHERE o.Status = 0;  -- expect: PF226 at=40 contains="XLOCK holds exclusive locks"
SELECT o.Id FROM dbo.Orders o (TABLOCKX);  -- expect: PF226 at=32
DELETE FROM dbo.Orders WITH (TABLOCK, XLOCK) WHERE Id < 100;  -- expect: PF226 at=39
UPDATE o SET Status = 2 FROM dbo.Orders AS o WITH (TABLOCKX) JOIN dbo.Customers AS c ON c.Id = o.CustomerId;  -- expect: PF226 object=dbo.Orders
CREATE PROCEDURE dbo.Lock AS
  SELECT COUNT(*) FROM dbo.Orders WITH (TABLOCKX, HOLDLOCK);  -- expect: PF226 contains="runs when procedure" expect: PF227
GO
-- preflight-disable-next-statement exclusive-lock-hint -- maintenance job, run off hours
SELECT COUNT(*) FROM dbo.Orders WITH (TABLOCKX);  -- expect: PF226 suppressed=inline
