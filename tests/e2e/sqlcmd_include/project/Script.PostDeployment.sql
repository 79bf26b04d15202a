:setvar Env "Test"
PRINT N'Post-deployment for $(Env)';
:r .\Scripts\SeedSettings.sql
:r .\Scripts\DropLegacy.sql
