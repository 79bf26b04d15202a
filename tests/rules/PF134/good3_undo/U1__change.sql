PRINT 'temporary table';
