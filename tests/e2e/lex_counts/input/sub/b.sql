/* block /* nested */ comment */
DELETE FROM dbo.T WHERE Id = 1;
