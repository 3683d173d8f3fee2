-- seeds/materialize-alter-secret.md, example 2 (line 73)
DROP CLUSTER REPLICA storage_cluster.r1;
CREATE CLUSTER REPLICA storage_cluster.r1 (SIZE = '<original size>');
