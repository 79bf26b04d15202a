GRANT SELECT ON dbo.Orders TO public;  -- expect: PF312
