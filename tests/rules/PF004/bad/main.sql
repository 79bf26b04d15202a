:r drop_orders.sql
-- expect-above: PF004
CREATE TABLE dbo.Orders (Id int);
