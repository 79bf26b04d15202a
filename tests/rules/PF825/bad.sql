CREATE VIEW dbo.ActiveCustomers AS SELECT * FROM dbo.Customers WHERE Active = 1;  -- expect: PF825 at=43 end=1:44 object=dbo.ActiveCustomers message="view dbo.ActiveCustomers selects *: its columns are fixed when it is created, so a column later added to or dropped from the table is missing or shifts the view's columns until sp_refreshview; list the columns"
GO
create or alter view [dbo].[CustomerOrders] as select c.Name, o.* from dbo.Customers c join dbo.Orders o on o.CustomerId = c.Id;  -- expect: PF825 at=63 end=3:66 object=dbo.CustomerOrders
GO
ALTER VIEW dbo.AllCustomers
AS
SELECT * FROM dbo.Customers  -- expect: PF825 at=8
UNION ALL
(SELECT [a].* FROM archive.Customers AS a);  -- expect: PF825 at=9
GO
CREATE VIEW dbo.Recent
WITH VIEW_METADATA
AS
WITH r AS (SELECT Id, CreatedAt FROM dbo.Orders WHERE CreatedAt > '2024-01-01')
SELECT * FROM r;  -- expect: PF825
GO
EXEC (N'CREATE VIEW dbo.Dyn AS SELECT * FROM dbo.T');  -- expect: PF825 object=dbo.Dyn
