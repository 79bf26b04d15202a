:setvar DatabaseName "Sales"
USE $(DatabaseName);
