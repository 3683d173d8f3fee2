-- Change data capture from PostgreSQL (TLS with a client certificate) and MySQL (through a bastion).

CREATE SECRET pg_password AS 'change-me';
CREATE SECRET pg_client_key AS '-----BEGIN PRIVATE KEY-----
(paste the PEM key here)
-----END PRIVATE KEY-----';
CREATE SECRET pg_ca_cert AS decode('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCih0aGUgQ0EgY2VydGlmaWNhdGUpCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K', 'base64');

CREATE CONNECTION pg_orders TO POSTGRES (
    HOST 'orders.cluster-abc123.us-east-1.rds.amazonaws.com',
    PORT 5432,
    USER 'materialize',
    PASSWORD SECRET pg_password,
    DATABASE 'orders',
    SSL MODE 'verify-full',
    SSL CERTIFICATE AUTHORITY SECRET pg_ca_cert,
    SSL CERTIFICATE '-----BEGIN CERTIFICATE-----
(the client certificate is not secret)
-----END CERTIFICATE-----',
    SSL KEY SECRET pg_client_key
);

CREATE CLUSTER cdc (SIZE = '50cc');

CREATE SOURCE orders_cdc
IN CLUSTER cdc
FROM POSTGRES CONNECTION pg_orders (PUBLICATION 'mz_source')
FOR ALL TABLES;

-- MySQL, reachable only through a bastion.
CREATE SECRET mysql_password AS 'change-me';

CREATE CONNECTION mysql_bastion TO SSH TUNNEL (
    HOST 'bastion.example.com',
    PORT 22,
    USER 'materialize'
);

CREATE CONNECTION mysql_shop TO MYSQL (
    HOST 'shop-db.internal.example.com',
    PORT 3306,
    USER 'materialize',
    PASSWORD SECRET mysql_password,
    SSH TUNNEL mysql_bastion
);

CREATE SOURCE shop_cdc
IN CLUSTER cdc
FROM MYSQL CONNECTION mysql_shop
FOR TABLES (shop.orders AS shop_orders, shop.customers AS shop_customers);

SHOW SECRETS;
