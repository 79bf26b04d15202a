EXEC sp_MSforeachtable 'DROP TABLE ?';
