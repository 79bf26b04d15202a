CREATE INDEX IX_Maybe ON dbo.Maybe (Id);  -- expect: PF221 contains="only under IF or WHILE, so it may have existed before"
