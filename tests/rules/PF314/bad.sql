ALTER SERVER ROLE sysadmin ADD MEMBER [CORP\deploy];  -- expect: PF314
