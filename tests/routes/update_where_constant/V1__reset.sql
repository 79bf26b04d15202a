UPDATE dbo.Orders SET Status = 'closed' WHERE 1 = 1;
UPDATE dbo.Customers SET Credit = 0 WHERE N'x' = 'x ' AND NOT (2 < 1);
UPDATE TOP (100) PERCENT dbo.Invoices SET Paid = 1 WHERE EXISTS (SELECT 1 WHERE 1 = 1);
