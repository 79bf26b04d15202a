CREATE TABLE dbo.OrderStatus (Code char(1) NOT NULL, Name nvarchar(50) NOT NULL);
GO
ALTER TABLE dbo.Orders ADD CONSTRAINT CK_Orders_Status CHECK (Status IN ('N', 'S', 'C'));
