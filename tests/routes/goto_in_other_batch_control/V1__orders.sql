GOTO done;
PRINT 'skipped';
done:
PRINT 'done';
GO
CREATE TABLE dbo.Orders (Id int NOT NULL);
GO
DROP TABLE dbo.Orders;
