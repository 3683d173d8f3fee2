-- Rotating the keys of an SSH tunnel, and a database password, without downtime.

CREATE CONNECTION bastion TO SSH TUNNEL (
    HOST 'bastion.example.com',
    PORT 22,
    USER 'materialize'
);

-- Rotation: key 1 is dropped, key 2 becomes key 1, a new key 2 is generated.
ALTER CONNECTION bastion ROTATE KEYS;

-- On the bastion: remove the old key 1, add the new public_key_2 shown here.
SELECT mz_connections.name, mz_ssh_tunnel_connections.public_key_1, mz_ssh_tunnel_connections.public_key_2
FROM mz_connections
JOIN mz_ssh_tunnel_connections USING (id)
WHERE mz_connections.name = 'bastion';

-- The bastion's authorized_keys now lists both current keys, so rotating again is safe:
-- sqlconn: bastion-updated
ALTER CONNECTION bastion ROTATE KEYS;

-- A new database password: running sources keep the old one until their cluster's replicas
-- are recreated.
CREATE SECRET app_db_password AS 'old-password';
CREATE CONNECTION pg TO POSTGRES (
    HOST 'db.example.com',
    USER 'materialize',
    PASSWORD SECRET app_db_password,
    DATABASE 'app',
    SSH TUNNEL bastion
);

ALTER SECRET app_db_password AS 'new-password';

CREATE CLUSTER storage_cluster (SIZE = '50cc', REPLICATION FACTOR = 1);
ALTER CLUSTER storage_cluster SET (REPLICATION FACTOR = 0);
ALTER CLUSTER storage_cluster SET (REPLICATION FACTOR = 1);
