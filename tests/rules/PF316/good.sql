SELECT '!! not a command';
