PRINT 'nothing to undo';
