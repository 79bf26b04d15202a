USE $(DatabaseName);  -- expect: PF003
