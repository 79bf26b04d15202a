CREATE INDEX IX_A ON dbo.Orders (A);  -- expect: PF221 contains="Standard edition has no online index operations: run it in a quiet window"
CREATE INDEX IX_B ON dbo.Orders (B) WITH (ONLINE = ON);  -- expect: PF221 at=43 contains="ONLINE = ON fails on Standard edition"
