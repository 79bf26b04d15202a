-- OPEN is flagged only when no declaration of the cursor is in sight.
OPEN c;  -- expect: PF201
