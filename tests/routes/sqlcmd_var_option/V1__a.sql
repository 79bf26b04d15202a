SELECT 1;
$(Cleanup);
