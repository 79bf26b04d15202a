PRINT 'included';
