-- Legacy DROP INDEX table.index names both.
DROP INDEX dbo.Orders.IX_Old;  -- expect: PF105 object=dbo.Orders.IX_Old
