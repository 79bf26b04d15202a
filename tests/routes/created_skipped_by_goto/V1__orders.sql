GOTO done;
CREATE TABLE dbo.Orders (Id int NOT NULL);
done:
DROP TABLE dbo.Orders;
