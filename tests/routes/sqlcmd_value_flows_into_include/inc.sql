SELECT 1;
$(Stmt);
