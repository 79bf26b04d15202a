CREATE TABLE dbo.B (Id int NOT NULL);  -- expect: PF503 contains="below 3"
