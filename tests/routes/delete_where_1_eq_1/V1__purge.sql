-- "Bounded" by a WHERE that every row satisfies: this empties dbo.Orders.
DELETE FROM dbo.Orders WHERE 1 = 1;
