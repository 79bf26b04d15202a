ALTER TABLE dbo.Orders ADD Region char(2) NOT NULL CONSTRAINT DF_Orders_Region DEFAULT 'EU';  -- expect: PF225
