PRINT 2;
:r a.sql
