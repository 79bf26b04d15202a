ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Status;
ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Orders_Status DEFAULT 'open' FOR Status;
GO
-- The table itself is dropped later: one finding, the table's.
ALTER TABLE dbo.Legacy DROP CONSTRAINT FK_Legacy_Customers;
ALTER TABLE dbo.Legacy DROP CONSTRAINT PK_Legacy;
DROP INDEX IX_Legacy_Date ON dbo.Legacy;
ALTER TABLE dbo.Legacy DROP COLUMN Notes;
GO
DROP TABLE dbo.Legacy;  -- expect: PF101
GO
-- The key dropped, the table renamed, and the key added back under the new name.
ALTER TABLE dbo.Customer DROP CONSTRAINT PK_Customer;
GO
EXEC sp_rename 'dbo.Customer', 'Customers';  -- expect: PF401
GO
ALTER TABLE dbo.Customers ADD CONSTRAINT PK_Customer PRIMARY KEY CLUSTERED (Id);  -- expect: PF221 expect: PF805
