-- seeds/materialize-alter-secret.md, example 1 (line 66)
ALTER CLUSTER storage_cluster SET (REPLICATION FACTOR = 0);
ALTER CLUSTER storage_cluster SET (REPLICATION FACTOR = 1);
