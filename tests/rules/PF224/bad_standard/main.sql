ALTER TABLE dbo.Orders ALTER COLUMN Id bigint NOT NULL WITH (ONLINE = ON);  -- expect: PF224 at=62 contains="ONLINE = ON fails on Standard edition"
