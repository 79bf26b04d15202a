PRINT 'nothing to restore';
