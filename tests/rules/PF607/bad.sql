CREATE TABLE Orders (id int NOT NULL);  -- expect: PF607 at=14 object=Orders
GO
CREATE PROCEDURE GetOrder AS  -- expect: PF607 at=18
  CREATE TABLE Work (id int);  -- expect: PF607
GO
