// Parser for one statement (the script has already been split at top-level semicolons by
// SqlConn.Syntax's StatementSplitter). One grammar covers both dialects; which statements a dialect
// accepts is decided by the engine.
//
// Design notes
// - The grammar accepts exactly the language of the databases, with two deliberate kinds of slack
//   where Materialize's hand-written parser checks things outside its grammar. The slack never
//   hides an error: the tree builder (SqlConn.Syntax/Parsing/TreeBuilder*.cs) reports each case with
//   Materialize's own message, and recovery is better than ANTLR's generic one:
//     * a missing comma between connection options (`COMMA?` in connectionOptionList),
//     * checks on values (`PUBLIC KEY 3`, `PORT 70000`, `CASCADE RESTRICT`, `IF EXISTS` in CREATE,
//       `IN` after a plural that does not live in a schema, `SHOW REDACTED` of a non-CREATE).
// - Statements SqlConn does not analyse (CREATE TABLE, INSERT, ...) are recognised by their leading
//   keywords and their remaining tokens are kept as they are (`unanalyzed*` rules). The keyword lists
//   are closed on purpose: a typo such as `CREATE CONECTION` is a syntax error, not "not analysed".
parser grammar SqlConnParser;

options {
    tokenVocab = SqlConnLexer;
}

statement
    : statementBody EOF
    ;

statementBody
    : createStatement
    | alterStatement
    | dropStatement
    | showStatement
    | validateConnection
    | grantStatement
    | revokeStatement
    | commentOn
    | setStatement
    | resetStatement
    | selectStatement
    | checkExternalConnection
    | unanalyzedStatement
    ;

// =============================================================================================
// CREATE
// =============================================================================================
createStatement
    : CREATE ( createConnection
             | createSecret
             | createSource
             | createSink
             | createRole
             | createClusterReplica
             | createCluster
             | createDatabase
             | createSchema
             | createExternalConnection
             | unanalyzedCreate )
    ;

createConnection
    : CONNECTION ifNotExists? itemName
      ( TO connectionType LPAREN connectionOptionList RPAREN
      | FOR connectionType connectionOptionList )
      validateWithClause?
    ;

connectionType
    : AWS PRIVATELINK            # awsPrivatelinkType
    | AWS                        # awsType
    | KAFKA                      # kafkaType
    | CONFLUENT SCHEMA REGISTRY  # csrType
    | POSTGRES                   # postgresType
    | SSH TUNNEL                 # sshTunnelType
    | SQL SERVER                 # sqlServerType
    | MYSQL                      # mysqlType
    | ICEBERG CATALOG            # icebergType
    ;

// `COMMA?` is the missing-comma slack described at the top of the file.
connectionOptionList
    : connectionOption ( COMMA? connectionOption )*
    ;

connectionOption
    : BROKER EQ? kafkaBroker                                    # brokerOption
    | BROKERS EQ? ( LPAREN kafkaBrokerList RPAREN
                  | LBRACKET kafkaBrokerList RBRACKET )         # brokersOption
    | AWS PRIVATELINK EQ? rawName privatelinkPortClause?        # awsPrivatelinkOption
    | AWS CONNECTION EQ? rawName                                # awsConnectionOption
    | SSH TUNNEL EQ? rawName                                    # sshTunnelOption
    | connectionOptionName optionValueClause?                   # namedOption
    ;

kafkaBrokerList
    : kafkaBroker ( COMMA kafkaBroker )*
    ;

kafkaBroker
    : stringLiteral brokerTunnel?
    ;

brokerTunnel
    : USING SSH TUNNEL rawName                                                       # brokerSshTunnel
    | USING AWS PRIVATELINK rawName
      ( LPAREN privatelinkBrokerOption ( COMMA privatelinkBrokerOption )* RPAREN )?  # brokerPrivatelink
    ;

privatelinkBrokerOption
    : AVAILABILITY ZONE optionValueClause?   # brokerAvailabilityZone
    | PORT optionValueClause?                # brokerPort
    ;

privatelinkPortClause
    : LPAREN PORT EQ? NUMBER RPAREN
    ;

// Option names other than the five with a value syntax of their own (BROKER, BROKERS,
// AWS PRIVATELINK, AWS CONNECTION, SSH TUNNEL).
connectionOptionName
    : ACCESS KEY ID
    | ASSUME ROLE ( ARN | SESSION NAME )
    | AVAILABILITY ZONES
    | CATALOG TYPE
    | CREDENTIAL
    | DATABASE
    | ENDPOINT
    | HOST
    | PASSWORD
    | PORT
    | PUBLIC KEY NUMBER
    | PROGRESS TOPIC ( REPLICATION FACTOR )?
    | REGION
    | SASL ( MECHANISMS | PASSWORD | USERNAME )
    | SCOPE
    | SECRET ACCESS KEY
    | SECURITY PROTOCOL
    | SERVICE NAME
    | SESSION TOKEN
    | SSL ( CERTIFICATE AUTHORITY? | KEY | MODE )
    | URL
    | USER
    | USERNAME
    | WAREHOUSE
    ;

// Any option name, as written in ALTER CONNECTION ... DROP (name).
anyConnectionOptionName
    : connectionOptionName
    | BROKER
    | BROKERS
    | AWS ( PRIVATELINK | CONNECTION )
    | SSH TUNNEL
    ;

// The value of a generic option; absent when the next token is `)` or `,` (the rule is optional
// at every use).
optionValueClause
    : EQ? optionValue
    ;

optionValue
    : LPAREN ( optionValue ( COMMA optionValue )* )? RPAREN                    # parenSequenceValue
    | LBRACKET ( optionValue ( COMMA optionValue )* )? RBRACKET                # bracketSequenceValue
    | MAP LBRACKET ( mapEntry ( COMMA mapEntry )* )? RBRACKET                  # mapValue
    | SECRET rawName                                                           # secretValue
    | MINUS NUMBER                                                             # negativeNumberValue
    | literal                                                                  # literalValue
    | itemName                                                                 # nameValue
    ;

mapEntry
    : stringLiteral ARROW optionValue
    ;

validateWithClause
    : WITH LPAREN validateOption ( COMMA validateOption )* RPAREN
    ;

validateOption
    : VALIDATE optionValueClause?
    ;

createSecret
    : SECRET ifNotExists? itemName AS expression
    ;

createSource
    : SOURCE ifNotExists? itemName inCluster?
      FROM ( sourceConnector CONNECTION rawName genericOptionList? | otherSourceKind ) unanalyzedTail
    ;

sourceConnector
    : KAFKA
    | POSTGRES
    | MYSQL
    | SQL SERVER
    ;

otherSourceKind
    : LOAD GENERATOR
    | WEBHOOK
    ;

createSink
    : SINK ifNotExists? itemName inCluster?
      FROM itemName INTO sinkConnector CONNECTION rawName genericOptionList? unanalyzedTail
    ;

sinkConnector
    : KAFKA
    | ICEBERG CATALOG
    ;

inCluster
    : IN CLUSTER ident
    ;

// Source and sink options: word sequences with an optional value (TOPIC 'x', TEXT COLUMNS (a, b)).
genericOptionList
    : LPAREN genericOption ( COMMA genericOption )* RPAREN
    ;

genericOption
    : genericOptionWord+ optionValueClause?
    ;

genericOptionWord
    : IDENTIFIER
    | nonReservedKeyword
    ;

// The rest of a source or sink definition (FORMAT, ENVELOPE, INCLUDE, FOR TABLES...). Schema
// registry connections named in it are recorded as references; everything else is kept as tokens.
unanalyzedTail
    : ( csrConnectionReference | ~CONFLUENT )*
    ;

csrConnectionReference
    : CONFLUENT SCHEMA REGISTRY CONNECTION rawName
    ;

createRole
    : ( ROLE | USER ) ifNotExists? roleName WITH? roleAttribute*
    ;

roleAttribute
    : PASSWORD ( stringLiteral | NULL )
    | ident stringLiteral?
    ;

createCluster
    : CLUSTER ident ( LPAREN clusterOption ( COMMA clusterOption )* RPAREN
                    | clusterOption ( COMMA clusterOption )* )?
      genericWithClause?
    ;

clusterOption
    : REPLICAS EQ? LPAREN ( replicaDefinition ( COMMA replicaDefinition )* )? RPAREN   # clusterReplicasOption
    | clusterOptionName optionValueClause?                                            # clusterGenericOption
    ;

clusterOptionName
    : AVAILABILITY ZONES
    | DISK
    | INTROSPECTION ( DEBUGGING | INTERVAL )
    | MANAGED
    | REPLICATION FACTOR
    | SCHEDULE
    | SIZE
    | WORKLOAD CLASS
    ;

replicaDefinition
    : ident LPAREN replicaOption ( COMMA replicaOption )* RPAREN
    ;

replicaOption
    : replicaOptionName optionValueClause?
    ;

replicaOptionName
    : AVAILABILITY ZONE
    | DISK
    | INTROSPECTION ( DEBUGGING | INTERVAL )
    | SIZE
    | WORKLOAD CLASS
    ;

// The parentheses are optional, independently of each other (historical Materialize syntax).
createClusterReplica
    : CLUSTER REPLICA ident DOT ident LPAREN? replicaOption ( COMMA replicaOption )* RPAREN?
    ;

createDatabase
    : DATABASE ifNotExists? ident
    ;

createSchema
    : SCHEMA ifNotExists? itemName
    ;

genericWithClause
    : WITH LPAREN genericOption ( COMMA genericOption )* RPAREN
    ;

// `IF EXISTS` is accepted here so that the tree builder can say "Expected NOT, found EXISTS".
ifNotExists
    : IF NOT EXISTS
    | IF EXISTS
    ;

ifExists
    : IF EXISTS
    ;

// =============================================================================================
// ALTER
// =============================================================================================
alterStatement
    : ALTER ( alterConnection
            | alterSecret
            | alterCluster
            | alterExternalConnection
            | alterDefaultPrivileges
            | unanalyzedAlter )
    ;

alterConnection
    : CONNECTION ifExists? itemName alterConnectionBody
    ;

alterConnectionBody
    : RENAME TO ident                                                             # alterConnectionRename
    | OWNER TO roleName                                                           # alterConnectionOwner
    | alterConnectionAction ( COMMA alterConnectionAction )* validateWithClause?  # alterConnectionActions
    ;

alterConnectionAction
    : ROTATE KEYS                                          # rotateKeysAction
    | SET LPAREN connectionOption RPAREN                   # setOptionAction
    | ( DROP | RESET ) LPAREN anyConnectionOptionName RPAREN  # dropOptionAction
    ;

alterSecret
    : SECRET ifExists? itemName alterSecretBody
    ;

alterSecretBody
    : AS expression       # alterSecretValue
    | RENAME TO ident     # alterSecretRename
    | OWNER TO roleName   # alterSecretOwner
    ;

alterCluster
    : CLUSTER ifExists? ident alterClusterBody
    ;

alterClusterBody
    : SET LPAREN clusterOption ( COMMA clusterOption )* RPAREN genericWithClause?  # alterClusterSet
    | RESET LPAREN clusterOptionName ( COMMA clusterOptionName )* RPAREN          # alterClusterReset
    | RENAME TO ident                                                             # alterClusterRename
    | OWNER TO roleName                                                           # alterClusterOwner
    | SWAP WITH ident                                                             # alterClusterSwap
    ;

alterDefaultPrivileges
    : DEFAULT PRIVILEGES FOR ( ( ROLE | USER ) roleName ( COMMA roleName )* | ALL ROLES )
      ( IN ( SCHEMA | DATABASE ) itemName ( COMMA itemName )* )?
      ( GRANT privilegeSpec ON pluralObjectType TO roleSpec ( COMMA roleSpec )*
      | REVOKE privilegeSpec ON pluralObjectType FROM roleSpec ( COMMA roleSpec )* )
    ;

// =============================================================================================
// DROP
// =============================================================================================
dropStatement
    : DROP ( dropClusterReplica
           | dropExternalConnection
           | dropObjects
           | unanalyzedDrop )
    ;

// CASCADE and RESTRICT may both be written; the tree builder reports it.
dropObjects
    : droppableObjectType ifExists? itemName ( COMMA itemName )* ( CASCADE | RESTRICT )*
    ;

droppableObjectType
    : CONNECTION
    | SECRET
    | SOURCE
    | SINK
    | ROLE
    | USER
    | CLUSTER
    | DATABASE
    | SCHEMA
    | TABLE
    | VIEW
    | MATERIALIZED VIEW
    | INDEX
    | TYPE
    | NETWORK POLICY
    | CONTINUAL TASK
    ;

dropClusterReplica
    : CLUSTER REPLICA ifExists? replicaName ( COMMA replicaName )*
    ;

replicaName
    : ident DOT ident
    ;

// =============================================================================================
// SHOW
// =============================================================================================
// REDACTED is accepted before any form; the tree builder reports it unless a CREATE form follows.
showStatement
    : SHOW REDACTED? ( showObjects
                     | showCreate
                     | showExternalConnections
                     | showGrants
                     | unanalyzedShow )
    ;

showObjects
    : ( CONNECTIONS | SECRETS ) ( FROM itemName )? showFilter?
    ;

showFilter
    : LIKE stringLiteral
    | WHERE expression
    ;

showCreate
    : CREATE showCreateBody
    ;

showCreateBody
    : CONNECTION rawName                      # showCreateConnection
    | ALL EXTERNAL CONNECTIONS                # showCreateAllExternalConnections
    | EXTERNAL CONNECTION stringOrPlaceholder # showCreateExternalConnection
    | ~( CONNECTION | ALL | EXTERNAL ) anyToken*     # showCreateOther
    ;

showExternalConnections
    : EXTERNAL ( CONNECTIONS | CONNECTION stringOrPlaceholder )
    ;

showGrants
    : GRANTS ON EXTERNAL CONNECTION ident ( COMMA ident )* ( FOR roleName ( COMMA roleName )* )?
    ;

unanalyzedShow
    : ~( CONNECTIONS | SECRETS | CREATE | EXTERNAL | GRANTS | REDACTED ) anyToken*
    ;

// =============================================================================================
// VALIDATE, COMMENT, SET ROLE, RESET ROLE
// =============================================================================================
validateConnection
    : VALIDATE CONNECTION rawName
    ;

commentOn
    : COMMENT ON commentTarget rawName IS ( stringLiteral | NULL )
    ;

commentTarget
    : CONNECTION
    | SECRET
    | CLUSTER REPLICA
    | CLUSTER
    | COLUMN
    | CONTINUAL TASK
    | DATABASE
    | FUNCTION
    | INDEX
    | MATERIALIZED VIEW
    | NETWORK POLICY
    | ROLE
    | SCHEMA
    | SINK
    | SOURCE
    | TABLE
    | TYPE
    | VIEW
    ;

setStatement
    : SET SESSION? ROLE ( TO | EQ )? roleValue   # setRole
    | SET SESSION? ~ROLE anyToken*                      # setOther
    ;

roleValue
    : roleName
    | stringLiteral
    ;

resetStatement
    : RESET ROLE      # resetRole
    | RESET ~ROLE anyToken*  # resetOther
    ;

// =============================================================================================
// GRANT / REVOKE (both dialects)
// =============================================================================================
grantStatement
    : GRANT privilegeSpec ON grantTarget TO roleSpec ( COMMA roleSpec )* withGrantOption?  # grantPrivileges
    | GRANT SYSTEM privilegeList TO roleSpec ( COMMA roleSpec )* withGrantOption?          # grantSystem
    | GRANT roleName ( COMMA roleName )* TO roleName ( COMMA roleName )* withAdminOption?   # grantRole
    ;

revokeStatement
    : REVOKE grantOptionFor? privilegeSpec ON grantTarget FROM roleSpec ( COMMA roleSpec )*  # revokePrivileges
    | REVOKE grantOptionFor? SYSTEM privilegeList FROM roleSpec ( COMMA roleSpec )*          # revokeSystem
    | REVOKE roleName ( COMMA roleName )* FROM roleName ( COMMA roleName )*                  # revokeRole
    ;

grantOptionFor
    : GRANT OPTION FOR
    ;

withGrantOption
    : WITH GRANT OPTION
    ;

withAdminOption
    : WITH ADMIN OPTION
    ;

privilegeSpec
    : ALL PRIVILEGES?
    | privilegeList
    ;

privilegeList
    : privilege ( COMMA privilege )*
    ;

// Privilege words (USAGE, CREATE, EXTERNALCONNECTION...) are checked by the engine, per dialect
// and object type. SELECT is the only one Materialize reserves. A join or scalar keyword is never a
// privilege: `GRANT ON CONNECTIONS` is missing its privileges, not granting "ON".
privilege
    : SELECT
    | aliasIdent
    ;

grantTarget
    : SYSTEM                                                                        # systemTarget
    | ALL pluralObjectType ( IN ( SCHEMA | DATABASE ) itemName ( COMMA itemName )* )?  # allInTarget
    | EXTERNAL CONNECTION ident ( COMMA ident )*                                    # externalConnectionTarget
    | grantObjectType? itemName ( COMMA itemName )*                                 # objectTarget
    ;

grantObjectType
    : TABLE
    | TYPE
    | CLUSTER
    | SECRET
    | CONNECTION
    | DATABASE
    | SCHEMA
    | NETWORK POLICY
    ;

pluralObjectType
    : TABLES
    | TYPES
    | SECRETS
    | CONNECTIONS
    | SCHEMAS
    | DATABASES
    | CLUSTERS
    ;

roleSpec
    : GROUP? roleName
    ;

roleName
    : ident
    ;

// =============================================================================================
// CockroachDB external connections
// =============================================================================================
createExternalConnection
    : EXTERNAL CONNECTION ifNotExists? stringOrPlaceholder AS stringOrPlaceholder
    ;

// CockroachDB reuses its label rule here, so IF NOT EXISTS parses (and is ignored).
alterExternalConnection
    : EXTERNAL CONNECTION ifExists? ( IF NOT EXISTS )? stringOrPlaceholder AS stringOrPlaceholder
    ;

dropExternalConnection
    : EXTERNAL CONNECTION stringOrPlaceholder
    ;

checkExternalConnection
    : CHECK EXTERNAL CONNECTION stringOrPlaceholder
      ( WITH ( OPTIONS LPAREN checkOption ( COMMA checkOption )* RPAREN
             | checkOption ( COMMA checkOption )* ) )?
    ;

checkOption
    : TRANSFER EQ stringOrPlaceholder   # checkTransfer
    | TIME EQ stringOrPlaceholder       # checkTime
    | CONCURRENTLY EQ expression        # checkConcurrently
    ;

stringOrPlaceholder
    : stringLiteral
    | ident
    | PARAMETER
    ;

// =============================================================================================
// Statements recognised but not analysed
// =============================================================================================
unanalyzedStatement
    : ( ABORT | ANALYZE | BACKUP | BEGIN | CALL | CANCEL | CLOSE | COMMIT | COPY | DEALLOCATE
      | DECLARE | DELETE | DISCARD | DO | EXECUTE | EXPLAIN | EXPORT | FETCH | IMPORT | INSERT
      | LISTEN | LOCK | NOTIFY | PAUSE | PREPARE | REASSIGN | REFRESH | RELEASE | RESTORE | RESUME
      | ROLLBACK | SAVEPOINT | START | SUBSCRIBE | TABLE | TRUNCATE | UNLISTEN | UPDATE | UPSERT
      | USE | VACUUM | VALUES | WITH ) anyToken*
    ;

unanalyzedCreate
    : ( CHANGEFEED | CONTINUAL | DEFAULT | EXTENSION | FUNCTION | INDEX | MATERIALIZED | NETWORK
      | OR | PROCEDURE | SCHEDULE | SEQUENCE | TABLE | TEMP | TEMPORARY | TRIGGER | TYPE | UNIQUE
      | VIEW ) anyToken*
    ;

unanalyzedAlter
    : ( DATABASE | INDEX | MATERIALIZED | NETWORK | ROLE | SCHEMA | SINK | SOURCE | SYSTEM | TABLE
      | TYPE | USER | VIEW ) anyToken*
    ;

unanalyzedDrop
    : ( FUNCTION | OWNED | SCHEDULE | SEQUENCE | CHANGEFEED | PROCEDURE | TRIGGER | EXTENSION ) anyToken*
    ;

// =============================================================================================
// SELECT (the subset used for catalog queries, and enough of the rest to parse real queries)
// =============================================================================================
selectStatement
    : queryExpression orderByClause? limitClause? offsetClause?
    ;

queryExpression
    : queryTerm ( setOperator queryTerm )*
    ;

setOperator
    : ( UNION | EXCEPT | INTERSECT ) ( ALL | DISTINCT )?
    ;

queryTerm
    : selectCore
    | LPAREN selectStatement RPAREN
    ;

selectCore
    : SELECT ( ALL | DISTINCT )? selectItem ( COMMA selectItem )*
      ( FROM fromItem ( COMMA fromItem )* )?
      ( WHERE expression )?
      ( GROUP BY expression ( COMMA expression )* )?
      ( HAVING expression )?
    ;

selectItem
    : STAR                                  # starItem
    | exprIdent ( DOT exprIdent )* DOT STAR # qualifiedStarItem
    | expression ( AS ident | aliasIdent )? # expressionItem
    ;

fromItem
    : tablePrimary joinClause*
    ;

tablePrimary
    : itemName ( AS ident | aliasIdent )?                   # tableReference
    | LPAREN selectStatement RPAREN ( AS ident | aliasIdent ) # subqueryReference
    | LPAREN fromItem RPAREN                                # parenthesizedFrom
    ;

joinClause
    : CROSS JOIN tablePrimary                                                  # crossJoin
    | NATURAL joinType? JOIN tablePrimary                                      # naturalJoin
    | joinType? JOIN tablePrimary
      ( ON expression | USING LPAREN ident ( COMMA ident )* RPAREN )          # qualifiedJoin
    ;

joinType
    : INNER
    | ( LEFT | RIGHT | FULL ) OUTER?
    ;

orderByClause
    : ORDER BY orderItem ( COMMA orderItem )*
    ;

orderItem
    : expression ( ASC | DESC )? ( NULLS ( FIRST | LAST ) )?
    ;

limitClause
    : LIMIT ( expression | ALL )
    ;

offsetClause
    : OFFSET expression
    ;

// =============================================================================================
// Expressions (PostgreSQL precedence, highest first)
//
// ANTLR gives a precedence only to the last operand of an operator alternative; an operand written
// before other tokens (a LIKE pattern before ESCAPE, BETWEEN's bounds) would be a whole expression
// and swallow a following AND or OR. So the operators that bind tighter than LIKE form their own
// rule, `operand`, which is what LIKE, ESCAPE and BETWEEN take (as Materialize parses them at LIKE
// precedence); IS DISTINCT FROM ends its alternative, so its operand gets the precedence after IS.
// =============================================================================================
expression
    : operand                                                                      # operandExpr
    | expression NOT? op=( LIKE | ILIKE ) operand ( ESCAPE operand )?              # likeExpr
    | expression NOT? IN LPAREN ( selectStatement | expression ( COMMA expression )* ) RPAREN  # inExpr
    | expression NOT? BETWEEN operand AND operand                                  # betweenExpr
    | expression op=( EQ | NEQ | LT | LTE | GT | GTE ) expression                  # comparisonExpr
    | expression IS NOT? DISTINCT FROM expression                                  # isDistinctExpr
    | expression IS NOT? ( NULL | TRUE | FALSE )                                   # isExpr
    | NOT expression                                                               # notExpr
    | expression AND expression                                                    # andExpr
    | expression OR expression                                                     # orExpr
    ;

operand
    : primaryExpression                                                            # primaryExpr
    | operand DOUBLE_COLON typeName                                                # castExpr
    | operand LBRACKET expression RBRACKET                                         # subscriptExpr
    | op=( PLUS | MINUS ) operand                                                  # unaryExpr
    | operand op=( STAR | SLASH | PERCENT ) operand                                # multiplicativeExpr
    | operand op=( PLUS | MINUS ) operand                                          # additiveExpr
    | operand op=( CONCAT | OPERATOR ) operand                                     # otherOperatorExpr
    ;

primaryExpression
    : literal                                                                      # literalExpr
    | PARAMETER                                                                    # parameterExpr
    | CAST LPAREN expression AS typeName RPAREN                                    # castFunctionExpr
    | CASE expression? ( WHEN expression THEN expression )+ ( ELSE expression )? END  # caseExpr
    | EXISTS LPAREN selectStatement RPAREN                                         # existsExpr
    | ARRAY LBRACKET ( expression ( COMMA expression )* )? RBRACKET                # arrayExpr
    | ARRAY LPAREN selectStatement RPAREN                                          # arraySubqueryExpr
    | LPAREN selectStatement RPAREN                                                # subqueryExpr
    | LPAREN expression ( COMMA expression )* RPAREN                               # parenthesizedExpr
    | exprIdent ( DOT exprIdent )* LPAREN
      ( STAR | ( ALL | DISTINCT )? expression ( COMMA expression )* orderByClause? )?
      RPAREN                                                                       # functionCallExpr
    | exprIdent ( DOT exprIdent )*                                                 # columnRefExpr
    ;

typeName
    : exprIdent ( DOT exprIdent )* ( LPAREN NUMBER ( COMMA NUMBER )* RPAREN )? ( LBRACKET RBRACKET )*
    ;

// =============================================================================================
// Names and literals
// =============================================================================================
itemName
    : ident ( DOT ident )*
    ;

// `[u1 AS materialize.public.c]`: the internal id form found in catalog-serialised SQL.
rawName
    : itemName
    | LBRACKET ident AS itemName RBRACKET
    ;

literal
    : stringLiteral
    | HEX_STRING
    | NUMBER
    | TRUE
    | FALSE
    | NULL
    ;

stringLiteral
    : STRING
    | ESCAPE_STRING
    | DOLLAR_STRING
    ;

// Identifiers. Materialize reserves few keywords; which ones depends on the position.
ident
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReservedKeyword
    ;

// In scalar expressions TRUE, FALSE, NULL, ARRAY, CASE, CAST and NOT are not identifiers.
exprIdent
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | aliasableKeyword
    | joinKeyword
    ;

// A bare table or column alias (no AS) cannot be a join keyword either.
aliasIdent
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | aliasableKeyword
    ;

nonReservedKeyword
    : aliasableKeyword
    | joinKeyword
    | scalarReservedKeyword
    ;

joinKeyword
    : CROSS | FULL | INNER | JOIN | LEFT | NATURAL | ON | OUTER | RIGHT | SET | USING
    ;

scalarReservedKeyword
    : ARRAY | CASE | CAST | FALSE | NOT | NULL | TRUE
    ;

// Every keyword except those above and the ones Materialize always reserves (WITH SELECT FROM
// WHERE GROUP HAVING WINDOW ORDER LIMIT OFFSET FETCH OPTIONS RETURNING UNION EXCEPT INTERSECT ALL
// DISTINCT).
aliasableKeyword
    : ABORT | ACCESS | ADMIN | ALTER | ANALYZE | AND | ANY | ARN | AS | ASC | ASSUME | AUTHORITY
    | AVAILABILITY | AWS | BACKUP | BEGIN | BETWEEN | BROKER | BROKERS | BY | CALL | CANCEL | CASCADE
    | CATALOG | CERTIFICATE | CHANGEFEED | CHECK | CLASS | CLOSE | CLUSTER | CLUSTERS | COLUMN
    | COMMENT | COMMIT | CONCURRENTLY | CONFLUENT | CONNECTION | CONNECTIONS | CONTINUAL | COPY
    | CREATE | CREATECLUSTER | CREATEDB | CREATENETWORKPOLICY | CREATEROLE | CREDENTIAL | DATABASE
    | DATABASES | DEALLOCATE | DEBUGGING | DECLARE | DEFAULT | DELETE | DESC | DISCARD | DISK | DO
    | DROP | ELSE | END | ENDPOINT | ENVELOPE | ESCAPE | EXECUTE | EXISTS | EXPLAIN | EXPORT
    | EXPOSE | EXTENSION | EXTERNAL | FACTOR | FIRST | FOR | FORMAT | FUNCTION | GENERATOR | GRANT
    | GRANTS | HOST | ICEBERG | ID | IF | ILIKE | IMPORT | IN | INCLUDE | INDEX | INSERT | INTERVAL
    | INTO | INTROSPECTION | IS | KAFKA | KEY | KEYS | LAST | LIKE | LISTEN | LOAD | LOCAL | LOCK
    | LOGIN | MANAGED | MAP | MATERIALIZED | MECHANISMS | MODE | MYSQL | NAME | NETWORK | NOLOGIN
    | NOTIFY | NULLS | OPTION | OR | OWNED | OWNER | PASSWORD | PAUSE | POLICY | PORT | POSTGRES
    | PREPARE | PRIVATELINK | PRIVILEGES | PROCEDURE | PROGRESS | PROTOCOL | PUBLIC | REASSIGN
    | REDACTED | REFRESH | REGION | REGISTRY | RELEASE | RENAME | REPLICA | REPLICAS | REPLICATION
    | RESET | RESTORE | RESTRICT | RESUME | REVOKE | ROLE | ROLES | ROLLBACK | ROTATE | SASL
    | SAVEPOINT | SCHEDULE | SCHEMA | SCHEMAS | SCOPE | SECRET | SECRETS | SECURITY | SEQUENCE
    | SERVER | SERVICE | SESSION | SHOW | SINK | SINKS | SIZE | SOME | SOURCE | SOURCES | SQL | SSH
    | SSL | START | SUBSCRIBE | SWAP | SYSTEM | TABLE | TABLES | TASK | TEMP | TEMPORARY | THEN
    | TIME | TO | TOKEN | TOPIC | TRANSFER | TRIGGER | TRUNCATE | TUNNEL | TYPE | TYPES | UNIQUE
    | UNLISTEN | UPDATE | UPSERT | URL | USAGE | USE | USER | USERNAME | USERS | VACUUM | VALIDATE
    | VALUES | VIEW | VIEWS | WAREHOUSE | WEBHOOK | WHEN | WORKLOAD | ZONE | ZONES
    ;

// One token of a statement kept as written (the tails of unanalysed statements).
anyToken
    : .
    ;
