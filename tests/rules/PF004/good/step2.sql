PRINT 'step 2';
