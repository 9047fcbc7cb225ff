// SQLite for Swift, loaded on first use.
//
// The declarations are SQLite's own (<sqlite3.h>), but libsqlite3 is opened with dlopen the first time a
// connection is opened (or a script split) instead of being linked: linked, the dynamic loader mapped and
// relocated it at every start of `review`, also for the commands that never touch SQLite (lint and inspect
// of PostgreSQL or MySQL files, --version, ...). Every SQLite function the SQLiteDB target calls goes
// through a `review_sqlite3_*` function below (CSQLiteLoader.c holds the one table of loaded functions);
// call `review_sqlite3_load_error` first: the others must not be called unless it returned NULL.
//
// SQLITE_TRANSIENT is a macro over a cast function pointer, which Swift cannot import: the two
// `*_transient` binds pass it.
#ifndef REVIEW_CSQLITE_H
#define REVIEW_CSQLITE_H

#include <sqlite3.h>
#include <stddef.h>

/// The SQLite functions SQLiteDB calls, resolved from one loaded library.
typedef struct {
    int (*open)(const char *filename, sqlite3 **db);
    int (*open_v2)(const char *filename, sqlite3 **db, int flags, const char *vfs);
    int (*close)(sqlite3 *db);
    int (*close_v2)(sqlite3 *db);
    int (*exec)(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *context, char **error);
    int (*prepare_v2)(sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail);
    int (*step)(sqlite3_stmt *statement);
    int (*reset)(sqlite3_stmt *statement);
    int (*finalize)(sqlite3_stmt *statement);
    int (*clear_bindings)(sqlite3_stmt *statement);
    int (*bind_null)(sqlite3_stmt *statement, int index);
    int (*bind_int64)(sqlite3_stmt *statement, int index, sqlite3_int64 value);
    int (*bind_double)(sqlite3_stmt *statement, int index, double value);
    int (*bind_text)(sqlite3_stmt *statement, int index, const char *text, int bytes, void (*destructor)(void *));
    int (*bind_blob)(sqlite3_stmt *statement, int index, const void *data, int bytes, void (*destructor)(void *));
    int (*column_count)(sqlite3_stmt *statement);
    int (*column_type)(sqlite3_stmt *statement, int column);
    const unsigned char *(*column_text)(sqlite3_stmt *statement, int column);
    const char *(*column_name)(sqlite3_stmt *statement, int column);
    sqlite3_int64 (*column_int64)(sqlite3_stmt *statement, int column);
    double (*column_double)(sqlite3_stmt *statement, int column);
    int (*column_bytes)(sqlite3_stmt *statement, int column);
    const void *(*column_blob)(sqlite3_stmt *statement, int column);
    const char *(*errmsg)(sqlite3 *db);
    const char *(*errstr)(int code);
    int (*error_offset)(sqlite3 *db);
    sqlite3_int64 (*last_insert_rowid)(sqlite3 *db);
    int (*changes)(sqlite3 *db);
    int (*busy_timeout)(sqlite3 *db, int milliseconds);
    int (*complete)(const char *sql);
    int (*keyword_count)(void);
    int (*keyword_name)(int index, const char **name, int *length);
    int (*bind_pointer)(sqlite3_stmt *statement, int index, void *pointer, const char *type, void (*destructor)(void *));
    void (*result_double)(sqlite3_context *context, double value);
    void (*result_error)(sqlite3_context *context, const char *message, int bytes);
    void (*result_error_code)(sqlite3_context *context, int code);
    double (*value_double)(sqlite3_value *value);
} review_sqlite3_api;

/// Opens `library` and fills `table` with its functions. Returns 1 on success; 0 with a one-line reason
/// (what failed and what to install) in `reason` otherwise. The process-wide table uses it once; tests use
/// it to check the message for a library that is missing.
int review_sqlite3_open_library(const char *library, review_sqlite3_api *table, char *reason, size_t capacity);

/// NULL once libsqlite3 is loaded (loading it on the first call, once per process, thread-safe), else why
/// it could not be.
const char *review_sqlite3_load_error(void);

int review_sqlite3_open(const char *filename, sqlite3 **db);
int review_sqlite3_open_v2(const char *filename, sqlite3 **db, int flags, const char *vfs);
int review_sqlite3_close(sqlite3 *db);
int review_sqlite3_close_v2(sqlite3 *db);
int review_sqlite3_exec(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *context, char **error);
int review_sqlite3_prepare_v2(sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail);
int review_sqlite3_step(sqlite3_stmt *statement);
int review_sqlite3_reset(sqlite3_stmt *statement);
int review_sqlite3_finalize(sqlite3_stmt *statement);
int review_sqlite3_clear_bindings(sqlite3_stmt *statement);
int review_sqlite3_bind_null(sqlite3_stmt *statement, int index);
int review_sqlite3_bind_int64(sqlite3_stmt *statement, int index, sqlite3_int64 value);
int review_sqlite3_bind_double(sqlite3_stmt *statement, int index, double value);
int review_sqlite3_column_count(sqlite3_stmt *statement);
int review_sqlite3_column_type(sqlite3_stmt *statement, int column);
const unsigned char *review_sqlite3_column_text(sqlite3_stmt *statement, int column);
const char *review_sqlite3_column_name(sqlite3_stmt *statement, int column);
sqlite3_int64 review_sqlite3_column_int64(sqlite3_stmt *statement, int column);
double review_sqlite3_column_double(sqlite3_stmt *statement, int column);
int review_sqlite3_column_bytes(sqlite3_stmt *statement, int column);
const void *review_sqlite3_column_blob(sqlite3_stmt *statement, int column);
const char *review_sqlite3_errmsg(sqlite3 *db);
const char *review_sqlite3_errstr(int code);
int review_sqlite3_error_offset(sqlite3 *db);
sqlite3_int64 review_sqlite3_last_insert_rowid(sqlite3 *db);
int review_sqlite3_changes(sqlite3 *db);
int review_sqlite3_busy_timeout(sqlite3 *db, int milliseconds);
int review_sqlite3_complete(const char *sql);
int review_sqlite3_keyword_count(void);
int review_sqlite3_keyword_name(int index, const char **name, int *length);
// For application-defined SQL functions (the memory's FTS5 ranking function on main).
int review_sqlite3_bind_pointer(sqlite3_stmt *statement, int index, void *pointer, const char *type, void (*destructor)(void *));
void review_sqlite3_result_double(sqlite3_context *context, double value);
void review_sqlite3_result_error(sqlite3_context *context, const char *message, int bytes);
void review_sqlite3_result_error_code(sqlite3_context *context, int code);
double review_sqlite3_value_double(sqlite3_value *value);
int review_sqlite3_bind_text_transient(sqlite3_stmt *statement, int index, const char *text, int bytes);
int review_sqlite3_bind_blob_transient(sqlite3_stmt *statement, int index, const void *data, int bytes);

#endif
