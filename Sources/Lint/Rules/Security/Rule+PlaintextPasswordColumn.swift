import Schema

extension Rule {
    public static let plaintextPasswordColumn = Rule(
        id: "plaintext-password-column",
        name: "Password column that looks like plain text",
        category: .security,
        severity: .warning,
        rationale: """
            Passwords must be stored only as salted, slow hashes (argon2, bcrypt, scrypt, PBKDF2), never as text \
            that can be read back: a leaked backup or a SQL injection then exposes every user's password, and \
            with it their accounts elsewhere. A text column named password, passwd, pwd, passphrase or passcode \
            without a word that says it holds a hash (hash, digest, crypt, encrypted, bcrypt, salt, ...) looks \
            like plain text. Binary columns and columns about passwords rather than holding one \
            (password_changed_at, password_reset_token, password_attempts) are not reported. If the column \
            does hold a hash, a name that says so tells the next reader.
            """,
        fix: "Store a password hash (argon2id or bcrypt) in a column named for it, e.g. password_hash.",
        triggering: [
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, ↓password text NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE accounts (id INT NOT NULL, ↓user_pwd VARCHAR(64), PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE logins (id INTEGER PRIMARY KEY, ↓passphrase TEXT);", .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, password_hash text NOT NULL, encrypted_password text,
                    password_changed_at timestamptz, password_reset_token text, password_digest bytea);
                """, .postgresql),
            RuleExample("CREATE TABLE accounts (id INT NOT NULL, pwd_hash BINARY(32), PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE logins (id INTEGER PRIMARY KEY, passphrase_salt BLOB, bypass TEXT);", .sqlite),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.compactMap { column -> RuleFinding? in
                    guard context.resolvedType(column.type).kind.isText, PasswordNames.looksPlain(column.name) else { return nil }
                    return RuleFinding(.plaintext(context.target(table, column.name)), at: column.location,
                                       target: context.target(table, column.name))
                }
            }
        })
}

/// Column names that hold a password, and words that say it is hashed or only about a password.
enum PasswordNames {
    static let passwordWords: Set<String> = ["password", "passwd", "pwd", "passphrase", "passcode", "pass"]
    static let hashWords: Set<String> = [
        "hash", "hashed", "digest", "crypt", "crypted", "encrypted", "bcrypt", "scrypt", "argon", "argon2", "pbkdf2",
        "salt", "salted", "sha", "sha1", "sha256", "sha512", "md5", "hmac", "enc", "cipher", "ciphertext",
    ]
    static let aboutWords: Set<String> = [
        "at", "on", "date", "time", "count", "attempts", "changed", "updated", "expires", "expired", "expiry", "policy",
        "required", "length", "min", "max", "reset", "token", "hint", "strength", "version", "algorithm", "algo",
        "type", "set", "enabled", "last", "needs", "must", "change", "id", "ids", "by", "rules", "history", "scheme",
    ]

    static func looksPlain(_ name: String) -> Bool {
        let words = IdentifierWords.split(name)
        guard words.contains(where: passwordWords.contains) else { return false }
        // "pass" alone is a password; inside longer names (bypass, pass_count) it rarely is.
        if words.contains("pass"), !words.contains(where: { $0 != "pass" && passwordWords.contains($0) }), words.count > 1 {
            return false
        }
        return !words.contains(where: hashWords.contains) && !words.contains(where: aboutWords.contains)
    }
}

extension RuleFinding.Message {
    fileprivate static func plaintext(_ column: String) -> Self {
        "\(column) looks like a password stored as readable text; store a salted hash (and name the column for it)"
    }
}
