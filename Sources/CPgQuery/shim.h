// libpg_query (PostgreSQL 15's own parser, from Debian's libpg-query-dev) for Swift.
// PG_VERSION and PG_MAJORVERSION are string macros; these expose them as functions.
#ifndef REVIEW_CPGQUERY_SHIM_H
#define REVIEW_CPGQUERY_SHIM_H

#include <pg_query.h>

static inline const char *review_pg_query_version(void) { return PG_VERSION; }
static inline int review_pg_query_version_num(void) { return PG_VERSION_NUM; }

#endif
