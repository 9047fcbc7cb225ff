// Opening a shared library on first use and resolving a table of its functions: the one mechanism behind
// CCurl, COpenSSL and CSQLite, which each hold their own table and load it once (pthread_once).
#ifndef REVIEW_CLIBRARYLOADER_H
#define REVIEW_CLIBRARYLOADER_H

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

#endif
