-- What production already has: created long before the migrations of this project.
CREATE SECRET kafka_password AS 'baseline-secret-value';
CREATE CONNECTION bastion TO SSH TUNNEL (HOST 'bastion.internal', PORT 22, USER 'materialize');
