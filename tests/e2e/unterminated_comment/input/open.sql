SELECT 1;
/* this comment /* nests */ but never closes
DROP TABLE dbo.Hidden;
