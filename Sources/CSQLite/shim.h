// SQLite for Swift. SQLITE_TRANSIENT is a macro over a cast function pointer, which Swift cannot
// import; sqlite3_config and sqlite3_db_config are variadic. These shims are the only C the
// SQLiteDB target needs beyond the plain API.
#ifndef REVIEW_CSQLITE_SHIM_H
#define REVIEW_CSQLITE_SHIM_H

#include <sqlite3.h>

static inline int review_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}
static inline int review_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *data, int length) {
    return sqlite3_bind_blob(stmt, index, data, length, SQLITE_TRANSIENT);
}
static inline int review_sqlite3_db_config_int(sqlite3 *db, int option, int value, int *result) {
    return sqlite3_db_config(db, option, value, result);
}

#endif
