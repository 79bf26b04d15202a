DROP TABLE #work;
