-- Off by default: without a policy that turns it on, nothing is reported.
ALTER TABLE dbo.Orders ADD Region char(2) NULL;
