DROP USER AppUser;  -- expect: PF315
