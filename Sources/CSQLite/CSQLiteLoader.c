// The one process-wide table of SQLite functions, filled with dlopen/dlsym on first use (see CSQLite.h).
#include "CSQLite.h"

#include "CLibraryLoader.h"

#include <stddef.h>

#ifdef __APPLE__
#define REVIEW_SQLITE_LIBRARY "libsqlite3.dylib"
#else
#define REVIEW_SQLITE_LIBRARY "libsqlite3.so.0"
#endif

#define REVIEW_SQLITE_INSTALL "install SQLite 3.38 or later (Debian/Ubuntu: libsqlite3-0)"

static const review_library_symbol symbols[] = {
    {"sqlite3_open", offsetof(review_sqlite3_api, open)},
    {"sqlite3_open_v2", offsetof(review_sqlite3_api, open_v2)},
    {"sqlite3_close", offsetof(review_sqlite3_api, close)},
    {"sqlite3_close_v2", offsetof(review_sqlite3_api, close_v2)},
    {"sqlite3_exec", offsetof(review_sqlite3_api, exec)},
    {"sqlite3_prepare_v2", offsetof(review_sqlite3_api, prepare_v2)},
    {"sqlite3_step", offsetof(review_sqlite3_api, step)},
    {"sqlite3_reset", offsetof(review_sqlite3_api, reset)},
    {"sqlite3_finalize", offsetof(review_sqlite3_api, finalize)},
    {"sqlite3_clear_bindings", offsetof(review_sqlite3_api, clear_bindings)},
    {"sqlite3_bind_null", offsetof(review_sqlite3_api, bind_null)},
    {"sqlite3_bind_int64", offsetof(review_sqlite3_api, bind_int64)},
    {"sqlite3_bind_double", offsetof(review_sqlite3_api, bind_double)},
    {"sqlite3_bind_text", offsetof(review_sqlite3_api, bind_text)},
    {"sqlite3_bind_blob", offsetof(review_sqlite3_api, bind_blob)},
    {"sqlite3_column_count", offsetof(review_sqlite3_api, column_count)},
    {"sqlite3_column_type", offsetof(review_sqlite3_api, column_type)},
    {"sqlite3_column_text", offsetof(review_sqlite3_api, column_text)},
    {"sqlite3_column_name", offsetof(review_sqlite3_api, column_name)},
    {"sqlite3_column_int64", offsetof(review_sqlite3_api, column_int64)},
    {"sqlite3_column_double", offsetof(review_sqlite3_api, column_double)},
    {"sqlite3_column_bytes", offsetof(review_sqlite3_api, column_bytes)},
    {"sqlite3_column_blob", offsetof(review_sqlite3_api, column_blob)},
    {"sqlite3_errmsg", offsetof(review_sqlite3_api, errmsg)},
    {"sqlite3_errstr", offsetof(review_sqlite3_api, errstr)},
    {"sqlite3_error_offset", offsetof(review_sqlite3_api, error_offset)},
    {"sqlite3_last_insert_rowid", offsetof(review_sqlite3_api, last_insert_rowid)},
    {"sqlite3_changes", offsetof(review_sqlite3_api, changes)},
    {"sqlite3_busy_timeout", offsetof(review_sqlite3_api, busy_timeout)},
    {"sqlite3_complete", offsetof(review_sqlite3_api, complete)},
    {"sqlite3_keyword_count", offsetof(review_sqlite3_api, keyword_count)},
    {"sqlite3_keyword_name", offsetof(review_sqlite3_api, keyword_name)},
    {"sqlite3_bind_pointer", offsetof(review_sqlite3_api, bind_pointer)},
    {"sqlite3_result_double", offsetof(review_sqlite3_api, result_double)},
    {"sqlite3_result_error", offsetof(review_sqlite3_api, result_error)},
    {"sqlite3_result_error_code", offsetof(review_sqlite3_api, result_error_code)},
    {"sqlite3_value_double", offsetof(review_sqlite3_api, value_double)},
};

int review_sqlite3_open_library(const char *library, review_sqlite3_api *table, char *reason, size_t capacity) {
    // sqlite3_error_offset, the newest function here, came with SQLite 3.38.
    return review_library_open(library, "libsqlite3", REVIEW_SQLITE_INSTALL,
                               symbols, sizeof symbols / sizeof *symbols, table, reason, capacity);
}

static review_sqlite3_api loaded;
static review_library sqlite3_library = REVIEW_LIBRARY(REVIEW_SQLITE_LIBRARY, "libsqlite3", REVIEW_SQLITE_INSTALL, symbols, &loaded);

const char *review_sqlite3_load_error(void) { return review_library_load(&sqlite3_library); }

// Every call goes through the load as well (one atomic load once loaded), so no caller has to know which
// thread loaded the table. Callers checked review_sqlite3_load_error first, so the table is filled.
static inline const review_sqlite3_api *api(void) {
    review_library_load(&sqlite3_library);
    return &loaded;
}

int review_sqlite3_open(const char *filename, sqlite3 **db) { return api()->open(filename, db); }
int review_sqlite3_open_v2(const char *filename, sqlite3 **db, int flags, const char *vfs) { return api()->open_v2(filename, db, flags, vfs); }
int review_sqlite3_close(sqlite3 *db) { return api()->close(db); }
int review_sqlite3_close_v2(sqlite3 *db) { return api()->close_v2(db); }
int review_sqlite3_exec(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *context, char **error) { return api()->exec(db, sql, callback, context, error); }
int review_sqlite3_prepare_v2(sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail) { return api()->prepare_v2(db, sql, bytes, statement, tail); }
int review_sqlite3_step(sqlite3_stmt *statement) { return api()->step(statement); }
int review_sqlite3_reset(sqlite3_stmt *statement) { return api()->reset(statement); }
int review_sqlite3_finalize(sqlite3_stmt *statement) { return api()->finalize(statement); }
int review_sqlite3_clear_bindings(sqlite3_stmt *statement) { return api()->clear_bindings(statement); }
int review_sqlite3_bind_null(sqlite3_stmt *statement, int index) { return api()->bind_null(statement, index); }
int review_sqlite3_bind_int64(sqlite3_stmt *statement, int index, sqlite3_int64 value) { return api()->bind_int64(statement, index, value); }
int review_sqlite3_bind_double(sqlite3_stmt *statement, int index, double value) { return api()->bind_double(statement, index, value); }
int review_sqlite3_column_count(sqlite3_stmt *statement) { return api()->column_count(statement); }
int review_sqlite3_column_type(sqlite3_stmt *statement, int column) { return api()->column_type(statement, column); }
const unsigned char *review_sqlite3_column_text(sqlite3_stmt *statement, int column) { return api()->column_text(statement, column); }
const char *review_sqlite3_column_name(sqlite3_stmt *statement, int column) { return api()->column_name(statement, column); }
sqlite3_int64 review_sqlite3_column_int64(sqlite3_stmt *statement, int column) { return api()->column_int64(statement, column); }
double review_sqlite3_column_double(sqlite3_stmt *statement, int column) { return api()->column_double(statement, column); }
int review_sqlite3_column_bytes(sqlite3_stmt *statement, int column) { return api()->column_bytes(statement, column); }
const void *review_sqlite3_column_blob(sqlite3_stmt *statement, int column) { return api()->column_blob(statement, column); }
const char *review_sqlite3_errmsg(sqlite3 *db) { return api()->errmsg(db); }
const char *review_sqlite3_errstr(int code) { return api()->errstr(code); }
int review_sqlite3_error_offset(sqlite3 *db) { return api()->error_offset(db); }
sqlite3_int64 review_sqlite3_last_insert_rowid(sqlite3 *db) { return api()->last_insert_rowid(db); }
int review_sqlite3_changes(sqlite3 *db) { return api()->changes(db); }
int review_sqlite3_busy_timeout(sqlite3 *db, int milliseconds) { return api()->busy_timeout(db, milliseconds); }
int review_sqlite3_complete(const char *sql) { return api()->complete(sql); }
int review_sqlite3_keyword_count(void) { return api()->keyword_count(); }
int review_sqlite3_keyword_name(int index, const char **name, int *length) { return api()->keyword_name(index, name, length); }

int review_sqlite3_bind_pointer(sqlite3_stmt *statement, int index, void *pointer, const char *type, void (*destructor)(void *)) { return api()->bind_pointer(statement, index, pointer, type, destructor); }
void review_sqlite3_result_double(sqlite3_context *context, double value) { api()->result_double(context, value); }
void review_sqlite3_result_error(sqlite3_context *context, const char *message, int bytes) { api()->result_error(context, message, bytes); }
void review_sqlite3_result_error_code(sqlite3_context *context, int code) { api()->result_error_code(context, code); }
double review_sqlite3_value_double(sqlite3_value *value) { return api()->value_double(value); }

int review_sqlite3_bind_text_transient(sqlite3_stmt *statement, int index, const char *text, int bytes) {
    return api()->bind_text(statement, index, text, bytes, SQLITE_TRANSIENT);
}
int review_sqlite3_bind_blob_transient(sqlite3_stmt *statement, int index, const void *data, int bytes) {
    return api()->bind_blob(statement, index, data, bytes, SQLITE_TRANSIENT);
}
