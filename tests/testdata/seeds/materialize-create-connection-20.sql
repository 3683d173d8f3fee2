-- seeds/materialize-create-connection.md, example 20 (line 685)
CREATE CONNECTION ssh_connection TO SSH TUNNEL (
    HOST 'bastion-host',
    PORT 22,
    USER 'materialize'
);
