-- Applied before this deployment (history with --applied-through 1): nothing here is a change.
CREATE TABLE dbo.Orders (
    Id int NOT NULL CONSTRAINT PK_Orders PRIMARY KEY,
    Total int NULL,
    Note nvarchar(100) NULL
);
CREATE TABLE dbo.Legacy (Id int NOT NULL);
DROP TABLE dbo.HistoryOnly;
