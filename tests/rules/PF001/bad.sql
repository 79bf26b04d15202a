SELECT 1;
FROBNICATE THE TABLE;  -- expect: PF001
GO
-- A procedure call without EXEC is T-SQL only at the start of a batch.
PRINT 'granting';
sp_addrolemember 'db_datareader', 'app';  -- expect: PF001 contains="unexpected 'sp_addrolemember': it reads as a procedure called without EXEC, which SQL Server accepts only as the first statement of a batch; if it is one, write EXEC before it"
GO
