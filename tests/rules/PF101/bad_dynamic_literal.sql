-- A finding in literal dynamic SQL points into the literal, and literal SQL is not PF301.
EXEC (N'SELECT ''a'';
  DROP TABLE dbo.A');  -- expect: PF101 at=3 end=3:19
