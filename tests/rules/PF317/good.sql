SELECT N'abc‮' AS reversed;
