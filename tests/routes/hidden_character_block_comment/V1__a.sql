SELECT 1;
/* access check:
   ⁦ if not admin then skip ⁩ */
SELECT 2;
