CREATE TABLE dbo.A (Id int NOT NULL);  -- expect: PF501 contains="Flyway checksum is"
