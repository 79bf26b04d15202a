PRINT 1;
:r b.sql
