ALTER TABLE dbo.Orders ADD Region char(2) NULL;
