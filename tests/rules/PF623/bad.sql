KILL 53;  -- expect: PF623 object=53
