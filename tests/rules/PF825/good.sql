CREATE VIEW dbo.ActiveCustomers AS SELECT Id, Name FROM dbo.Customers WHERE Active = 1;
GO
-- A star in EXISTS, in COUNT(*), in a derived table or CTE whose columns the view names.
CREATE VIEW dbo.WithOrders AS
SELECT c.Id, (SELECT COUNT(*) FROM dbo.Orders o WHERE o.CustomerId = c.Id) AS Orders
FROM dbo.Customers c
WHERE EXISTS (SELECT * FROM dbo.Orders o WHERE o.CustomerId = c.Id);
GO
CREATE VIEW dbo.Named AS
WITH x AS (SELECT * FROM dbo.Customers)
SELECT d.Id, x.Name FROM (SELECT * FROM dbo.Customers) AS d JOIN x ON x.Id = d.Id;
GO
-- Not a view.
SELECT * FROM dbo.Customers;
GO
CREATE FUNCTION dbo.AllCustomers() RETURNS TABLE AS RETURN SELECT * FROM dbo.Customers;
GO
