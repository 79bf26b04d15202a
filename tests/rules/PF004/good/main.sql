:r step1.sql
:r step2.sql
