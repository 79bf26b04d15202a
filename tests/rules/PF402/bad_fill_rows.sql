-- NOT NULL columns that fill existing rows (identity, computed, default) are not breaking.
ALTER TABLE dbo.T ADD Id2 int IDENTITY(1, 1) NOT NULL;  -- expect: PF225
ALTER TABLE dbo.T ADD Total AS Price * Qty;
ALTER TABLE dbo.T ADD Flag bit NOT NULL DEFAULT 0;  -- expect: PF225
ALTER TABLE dbo.T ADD Region char(2) NOT NULL;  -- expect: PF402 object=dbo.T.Region
