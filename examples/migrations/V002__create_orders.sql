CREATE TABLE dbo.Orders (
    OrderId     bigint IDENTITY(1, 1) NOT NULL,
    CustomerId  int NOT NULL,
    Status      varchar(20) NOT NULL CONSTRAINT DF_Orders_Status DEFAULT 'new',
    TotalAmount decimal(19, 4) NOT NULL,
    PlacedAtUtc datetime2(3) NOT NULL,
    CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId),
    CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES dbo.Customers (CustomerId),
    CONSTRAINT CK_Orders_TotalAmount CHECK (TotalAmount >= 0)
);
GO
