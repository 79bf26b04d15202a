CREATE TABLE dbo.[Orders] (Id int);
GO
INSERT INTO dbo.[Orders​] (Id) VALUES (1);
