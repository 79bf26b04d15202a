DROP TABLE [$(Schema)].Orders;
