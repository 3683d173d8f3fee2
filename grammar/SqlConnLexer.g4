// Lexer for the SQL that SqlConn understands: Materialize connections, secrets and the statements
// around them, and CockroachDB external connections. One lexer serves both dialects; the engine
// decides which statements a dialect accepts.
//
// Conventions
// - Keywords are case-insensitive (caseInsensitive option). Materialize reserves almost no keyword,
//   so the parser accepts most keywords as identifiers (rule `nonReservedKeyword`).
// - Comments go to the COMMENTS channel so the syntax tree can keep them as trivia.
// - Dollar-quoted strings ($$...$$, $tag$...$tag$) need a back-reference to their tag and block
//   comments nest; a lexer rule expresses neither, so DOLLAR_STRING and BLOCK_COMMENT match their
//   opening and BodyScanningLexer scans the rest with the code the statement splitter uses too.
// - Malformed input never stops the lexer: unterminated strings, quoted identifiers and block
//   comments end at the end of their line or at the first semicolon, whichever comes first, as
//   UNTERMINATED_* tokens (so `CREATE SECRET s AS 'oops;` ends its statement and the statements that
//   follow still parse), and any other character becomes an ERROR_CHAR token. The parser turns them
//   into diagnostics. Lexing/UnterminatedToken.cs holds the rule for the code-scanned tokens.
lexer grammar SqlConnLexer;

options {
    caseInsensitive = true;
    superClass = BodyScanningLexer;
}

// The base class is hand-written (server/SqlConn.Syntax/Lexing/BodyScanningLexer.cs), outside the
// generated code's namespace.
@header {
using SqlConn.Syntax.Lexing;
}

channels { COMMENTS }

tokens { UNTERMINATED_DOLLAR_STRING, UNTERMINATED_BLOCK_COMMENT }

// ---------------------------------------------------------------------------------------------
// Keywords (alphabetical). Adding a keyword: add it here and to `nonReservedKeyword` in the parser
// unless Materialize always reserves it.
// ---------------------------------------------------------------------------------------------
ABORT: 'abort';
ACCESS: 'access';
ADMIN: 'admin';
ALL: 'all';
ALTER: 'alter';
ANALYZE: 'analyze';
AND: 'and';
ANY: 'any';
ARN: 'arn';
ARRAY: 'array';
AS: 'as';
ASC: 'asc';
ASSUME: 'assume';
AUTHORITY: 'authority';
AVAILABILITY: 'availability';
AWS: 'aws';
BACKUP: 'backup';
BEGIN: 'begin';
BETWEEN: 'between';
BROKER: 'broker';
BROKERS: 'brokers';
BY: 'by';
CALL: 'call';
CANCEL: 'cancel';
CASCADE: 'cascade';
CASE: 'case';
CAST: 'cast';
CATALOG: 'catalog';
CERTIFICATE: 'certificate';
CHANGEFEED: 'changefeed';
CHECK: 'check';
CLASS: 'class';
CLOSE: 'close';
CLUSTER: 'cluster';
CLUSTERS: 'clusters';
COLUMN: 'column';
COMMENT: 'comment';
COMMIT: 'commit';
CONCURRENTLY: 'concurrently';
CONFLUENT: 'confluent';
CONNECTION: 'connection';
CONNECTIONS: 'connections';
CONTINUAL: 'continual';
COPY: 'copy';
CREATE: 'create';
CREATECLUSTER: 'createcluster';
CREATEDB: 'createdb';
CREATENETWORKPOLICY: 'createnetworkpolicy';
CREATEROLE: 'createrole';
CREDENTIAL: 'credential';
CROSS: 'cross';
DATABASE: 'database';
DATABASES: 'databases';
DEALLOCATE: 'deallocate';
DEBUGGING: 'debugging';
DECLARE: 'declare';
DEFAULT: 'default';
DELETE: 'delete';
DESC: 'desc';
DISCARD: 'discard';
DISK: 'disk';
DISTINCT: 'distinct';
DO: 'do';
DROP: 'drop';
ELSE: 'else';
END: 'end';
ENDPOINT: 'endpoint';
ENVELOPE: 'envelope';
ESCAPE: 'escape';
EXCEPT: 'except';
EXECUTE: 'execute';
EXISTS: 'exists';
EXPLAIN: 'explain';
EXPORT: 'export';
EXPOSE: 'expose';
EXTENSION: 'extension';
EXTERNAL: 'external';
FACTOR: 'factor';
FALSE: 'false';
FETCH: 'fetch';
FIRST: 'first';
FOR: 'for';
FORMAT: 'format';
FROM: 'from';
FULL: 'full';
FUNCTION: 'function';
GENERATOR: 'generator';
GRANT: 'grant';
GRANTS: 'grants';
GROUP: 'group';
HAVING: 'having';
HOST: 'host';
ICEBERG: 'iceberg';
ID: 'id';
IF: 'if';
ILIKE: 'ilike';
IMPORT: 'import';
IN: 'in';
INCLUDE: 'include';
INDEX: 'index';
INNER: 'inner';
INSERT: 'insert';
INTERSECT: 'intersect';
INTERVAL: 'interval';
INTO: 'into';
INTROSPECTION: 'introspection';
IS: 'is';
JOIN: 'join';
KAFKA: 'kafka';
KEY: 'key';
KEYS: 'keys';
LAST: 'last';
LEFT: 'left';
LIKE: 'like';
LIMIT: 'limit';
LISTEN: 'listen';
LOAD: 'load';
LOCAL: 'local';
LOCK: 'lock';
LOGIN: 'login';
MANAGED: 'managed';
MAP: 'map';
MATERIALIZED: 'materialized';
MECHANISMS: 'mechanisms';
MODE: 'mode';
MYSQL: 'mysql';
NAME: 'name';
NATURAL: 'natural';
NETWORK: 'network';
NOLOGIN: 'nologin';
NOT: 'not';
NOTIFY: 'notify';
NULL: 'null';
NULLS: 'nulls';
OFFSET: 'offset';
ON: 'on';
OPTION: 'option';
OPTIONS: 'options';
OR: 'or';
ORDER: 'order';
OUTER: 'outer';
OWNED: 'owned';
OWNER: 'owner';
PASSWORD: 'password';
PAUSE: 'pause';
POLICY: 'policy';
PORT: 'port';
POSTGRES: 'postgres';
PREPARE: 'prepare';
PRIVATELINK: 'privatelink';
PRIVILEGES: 'privileges';
PROCEDURE: 'procedure';
PROGRESS: 'progress';
PROTOCOL: 'protocol';
PUBLIC: 'public';
REASSIGN: 'reassign';
REDACTED: 'redacted';
REFRESH: 'refresh';
REGION: 'region';
REGISTRY: 'registry';
RELEASE: 'release';
RENAME: 'rename';
REPLICA: 'replica';
REPLICAS: 'replicas';
REPLICATION: 'replication';
RESET: 'reset';
RESTORE: 'restore';
RESTRICT: 'restrict';
RESUME: 'resume';
RETURNING: 'returning';
REVOKE: 'revoke';
RIGHT: 'right';
ROLE: 'role';
ROLES: 'roles';
ROLLBACK: 'rollback';
ROTATE: 'rotate';
SASL: 'sasl';
SAVEPOINT: 'savepoint';
SCHEDULE: 'schedule';
SCHEMA: 'schema';
SCHEMAS: 'schemas';
SCOPE: 'scope';
SECRET: 'secret';
SECRETS: 'secrets';
SECURITY: 'security';
SELECT: 'select';
SEQUENCE: 'sequence';
SERVER: 'server';
SERVICE: 'service';
SESSION: 'session';
SET: 'set';
SHOW: 'show';
SINK: 'sink';
SINKS: 'sinks';
SIZE: 'size';
SOME: 'some';
SOURCE: 'source';
SOURCES: 'sources';
SQL: 'sql';
SSH: 'ssh';
SSL: 'ssl';
START: 'start';
SUBSCRIBE: 'subscribe';
SWAP: 'swap';
SYSTEM: 'system';
TABLE: 'table';
TABLES: 'tables';
TASK: 'task';
TEMP: 'temp';
TEMPORARY: 'temporary';
THEN: 'then';
TIME: 'time';
TO: 'to';
TOKEN: 'token';
TOPIC: 'topic';
TRANSFER: 'transfer';
TRIGGER: 'trigger';
TRUE: 'true';
TRUNCATE: 'truncate';
TUNNEL: 'tunnel';
TYPE: 'type';
TYPES: 'types';
UNION: 'union';
UNIQUE: 'unique';
UNLISTEN: 'unlisten';
UPDATE: 'update';
UPSERT: 'upsert';
URL: 'url';
USAGE: 'usage';
USE: 'use';
USER: 'user';
USERNAME: 'username';
USERS: 'users';
USING: 'using';
VACUUM: 'vacuum';
VALIDATE: 'validate';
VALUES: 'values';
VIEW: 'view';
VIEWS: 'views';
WAREHOUSE: 'warehouse';
WEBHOOK: 'webhook';
WHEN: 'when';
WHERE: 'where';
WINDOW: 'window';
WITH: 'with';
WORKLOAD: 'workload';
ZONE: 'zone';
ZONES: 'zones';

// ---------------------------------------------------------------------------------------------
// Literals and names
// ---------------------------------------------------------------------------------------------
// An E'...' string must come before IDENTIFIER so that E' is not read as the identifier "e".
ESCAPE_STRING: 'e\'' ( '\\' . | '\'\'' | ~['\\] )* '\'';
UNTERMINATED_ESCAPE_STRING: 'e\'' ( '\\' ~[\r\n;] | '\'\'' | ~['\\\r\n;] )* '\\'?;
HEX_STRING: 'x\'' ~['\r\n]* '\'';
STRING: '\'' ( '\'\'' | ~'\'' )* '\'';
UNTERMINATED_STRING: '\'' ( '\'\'' | ~['\r\n;] )*;

QUOTED_IDENTIFIER: '"' ( '""' | ~'"' )* '"';
UNTERMINATED_QUOTED_IDENTIFIER: '"' ( '""' | ~["\r\n;] )*;

// The action scans to the closing $tag$ (or, when there is none, to the end of the line or the first
// semicolon, turning the token into UNTERMINATED_DOLLAR_STRING).
DOLLAR_STRING: '$' ( [a-z_] [a-z0-9_]* )? '$' { ScanDollarQuotedBody(); };

NUMBER
    : DIGIT+ ( '.' DIGIT* )? EXPONENT?
    | '.' DIGIT+ EXPONENT?
    ;
PARAMETER: '$' DIGIT+;
IDENTIFIER: IDENT_START IDENT_PART*;

// ---------------------------------------------------------------------------------------------
// Punctuation and operators. Operators the grammar uses have their own token; any other run of
// operator characters is one OPERATOR token (as in PostgreSQL's lexer).
// ---------------------------------------------------------------------------------------------
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
COMMA: ',';
SEMI: ';';
DOUBLE_COLON: '::';
COLON: ':';
DOT: '.';
ARROW: '=>';
EQ: '=';
NEQ: '<>' | '!=';
LTE: '<=';
GTE: '>=';
LT: '<';
GT: '>';
CONCAT: '||';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
// '-' and '/' are left out so that '--' and '/*' always start comments.
OPERATOR: [~!@#^&|`?<>=+*%]+;

// ---------------------------------------------------------------------------------------------
// Trivia
// ---------------------------------------------------------------------------------------------
LINE_COMMENT: '--' ~[\r\n]* -> channel(COMMENTS);
// Block comments nest (as in PostgreSQL); the action scans the body, see BodyScanningLexer.
BLOCK_COMMENT: '/*' { ScanBlockCommentBody(); } -> channel(COMMENTS);
WHITESPACE: [ \t\r\n\f\u000B]+ -> skip;

// Anything else (NUL, stray backslash, control characters, ...): reported by the parser.
ERROR_CHAR: .;

fragment DIGIT: [0-9];
fragment EXPONENT: 'e' [+-]? DIGIT+;
fragment IDENT_START: [a-z_] | '\u0080' .. '\uFFFE';
fragment IDENT_PART: [a-z0-9_$] | '\u0080' .. '\uFFFE';
