IF OBJECT_ID(N'dbo.Maybe') IS NULL
  CREATE TABLE dbo.Maybe (Id int);
