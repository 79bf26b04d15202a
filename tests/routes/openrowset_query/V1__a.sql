SELECT a.* FROM OPENROWSET('MSOLEDBSQL', 'Server=.;Trusted_Connection=yes;', 'DROP TABLE Sales.dbo.Orders; SELECT 1 AS x') AS a;
