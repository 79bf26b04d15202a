:r inc.sql
SELECT 1;
$(Stmt);
