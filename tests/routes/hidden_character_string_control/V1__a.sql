SELECT N'‮abc' AS reversed, 'a​b' AS zwsp;
EXEC (N'SELECT N''⁦x⁩'' AS isolated;');
