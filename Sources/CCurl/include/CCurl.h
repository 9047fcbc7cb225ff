// libcurl for Swift, loaded on first use.
//
// The declarations are libcurl's own (<curl/curl.h>), but the library is opened with dlopen the first time
// the ModelClients target needs it instead of being linked: linked, the dynamic loader mapped and
// initialized libcurl and its ~28 dependencies (GnuTLS, Kerberos, LDAP, SSH, ...) at every start of
// `review`, also for the commands that never use the network (inspect, lint, ...). Every libcurl function
// ModelClients calls goes through a `review_curl_*` function below (CCurlLoader.c holds the one table of
// loaded functions); call `review_curl_load_error` first: the others must not be called unless it
// returned NULL.
//
// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic C functions, which Swift cannot
// call; the typed wrappers (one per argument type, as Foundation's CFURLSessionInterface does) are the only
// way ModelClients reaches them.
#ifndef REVIEW_CCURL_H
#define REVIEW_CCURL_H

#include <curl/curl.h>
#include <stddef.h>

/// The libcurl functions ModelClients calls, resolved from one loaded library.
typedef struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_setopt)(CURLM *multi, CURLMoption option, ...);
    CURLMcode (*multi_add_handle)(CURLM *multi, CURL *handle);
    CURLMcode (*multi_remove_handle)(CURLM *multi, CURL *handle);
    CURLMcode (*multi_cleanup)(CURLM *multi);
    CURLMsg *(*multi_info_read)(CURLM *multi, int *queued);
    CURLMcode (*multi_perform)(CURLM *multi, int *running);
    CURLMcode (*multi_poll)(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready);
    CURLMcode (*multi_wakeup)(CURLM *multi);
    const char *(*multi_strerror)(CURLMcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
    void (*slist_free_all)(struct curl_slist *list);
} review_curl_api;

/// Opens `library` and fills `table` with its functions. Returns 1 on success; 0 with a one-line reason
/// (what failed and what to install) in `reason` otherwise. The process-wide table uses it once; tests use
/// it to check the message for a library that is missing.
int review_curl_open(const char *library, review_curl_api *table, char *reason, size_t capacity);

/// NULL once libcurl is loaded (loading it on the first call, once per process, thread-safe), else why it
/// could not be.
const char *review_curl_load_error(void);

CURLcode review_curl_global_init(long flags);
CURL *review_curl_easy_init(void);
void review_curl_easy_cleanup(CURL *handle);
const char *review_curl_easy_strerror(CURLcode code);
CURLM *review_curl_multi_init(void);
CURLMcode review_curl_multi_add_handle(CURLM *multi, CURL *handle);
CURLMcode review_curl_multi_remove_handle(CURLM *multi, CURL *handle);
CURLMcode review_curl_multi_cleanup(CURLM *multi);
CURLMsg *review_curl_multi_info_read(CURLM *multi, int *queued);
CURLMcode review_curl_multi_perform(CURLM *multi, int *running);
CURLMcode review_curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready);
CURLMcode review_curl_multi_wakeup(CURLM *multi);
const char *review_curl_multi_strerror(CURLMcode code);
struct curl_slist *review_curl_slist_append(struct curl_slist *list, const char *string);
void review_curl_slist_free_all(struct curl_slist *list);

typedef size_t (*review_write_callback)(char *data, size_t size, size_t count, void *userdata);
CURLcode review_easy_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode review_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode review_easy_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode review_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode review_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode review_easy_setopt_write_function(CURL *handle, CURLoption option, review_write_callback value);
CURLcode review_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLMcode review_multi_setopt_long(CURLM *multi, CURLMoption option, long value);

#endif
