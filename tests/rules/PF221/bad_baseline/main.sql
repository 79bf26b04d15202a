CREATE INDEX IX_Code ON dbo.Orders (Code);  -- expect: PF221 contains="in the baseline at schema.sql:1"
