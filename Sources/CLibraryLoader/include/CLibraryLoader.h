// Opening a shared library on first use and resolving a table of its functions: the one mechanism behind
// CCurl, COpenSSL and CSQLite, which each hold their own table and load it on first use (review_library_load).
#ifndef REVIEW_CLIBRARYLOADER_H
#define REVIEW_CLIBRARYLOADER_H

#include <pthread.h>
#include <stddef.h>

/// One function to resolve: its symbol, and where its pointer goes in the caller's table.
typedef struct {
    const char *symbol;
    size_t offset;
} review_library_symbol;

/// Opens `library` and writes the address of each of `symbols` into `table` at its offset. On failure it
/// closes the library, writes a one-line reason that ends with `install` ("libcurl could not be loaded
/// (<dlerror>); <install>", or "<library> has no <symbol>; <install>") and returns 0; else 1.
int review_library_open(const char *library, const char *name, const char *install,
                        const review_library_symbol *symbols, size_t count, void *table,
                        char *reason, size_t capacity);

/// A library loaded once per process, the first time any thread asks: what to open, where its functions
/// go, and how the load went. Declare one with REVIEW_LIBRARY.
typedef struct {
    const char *library;
    const char *name;
    const char *install;
    const review_library_symbol *symbols;
    size_t count;
    void *table;
    pthread_mutex_t mutex;
    int state; // 0 not tried, 1 loaded, 2 failed; set once, under the mutex, and read with acquire
    char error[512];
} review_library;

#define REVIEW_LIBRARY(library, name, install, symbols, table)                                           \
    { library, name, install, symbols, sizeof symbols / sizeof *symbols, table, PTHREAD_MUTEX_INITIALIZER, 0, {0} }

/// Loads `library` if no thread has yet: NULL once its table is filled, else the one-line reason. After the
/// first call it is one atomic load, so every call into the library can go through it.
const char *review_library_load(review_library *library);

#endif
