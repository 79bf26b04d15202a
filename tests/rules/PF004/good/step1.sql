PRINT 'step 1';
