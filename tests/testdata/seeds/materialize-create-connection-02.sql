-- seeds/materialize-create-connection.md, example 2 (line 148)
CREATE CONNECTION aws_role_assumption TO AWS (
    ASSUME ROLE ARN = 'arn:aws:iam::400121260767:role/WarehouseExport'
);
