// libcurl for Swift. curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic C
// functions, which Swift cannot call; these typed wrappers (one per argument type, as Foundation's
// CFURLSessionInterface does) are the only way the ModelClients target touches them.
//
// libcurl is loaded with dlopen on first use instead of being linked: linked, the dynamic loader mapped
// and initialized libcurl and its ~28 dependencies (GnuTLS, Kerberos, LDAP, SSH, ...) at every start of
// `review`, about 7 ms, also for the commands that never use the network (inspect, lint, ...). Every
// libcurl function the ModelClients target calls goes through `review_curl_*` below; call
// `review_curl_load_error` first (NULL once libcurl is loaded).
#ifndef REVIEW_CCURL_SHIM_H
#define REVIEW_CCURL_SHIM_H

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#ifdef __APPLE__
#define REVIEW_CURL_LIBRARY "libcurl.4.dylib"
#else
#define REVIEW_CURL_LIBRARY "libcurl.so.4"
#endif

typedef struct {
    /// Why libcurl could not be loaded; NULL once it is.
    const char *error;
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

// Function-local statics: Swift emits the header's inline functions but not its file-scope variables.
// Each object file that calls these may hold its own copy of the table (static inline); each copy is
// filled once, and dlopen hands every copy the same loaded library.
static inline review_curl_api *review_curl_storage(void) {
    static review_curl_api table;
    return &table;
}

static inline void review_curl_load(void) {
    static char review_curl_error[512];
    review_curl_api *table = review_curl_storage();
    void *library = dlopen(REVIEW_CURL_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(review_curl_error, sizeof review_curl_error, "libcurl could not be loaded (%s); install libcurl4-openssl-dev",
                 reason ? reason : REVIEW_CURL_LIBRARY);
        table->error = review_curl_error;
        return;
    }
#define REVIEW_CURL_RESOLVE(field, symbol)                                                                     \
    if (!(*(void **)&table->field = dlsym(library, #symbol))) {                                    \
        snprintf(review_curl_error, sizeof review_curl_error, "%s has no %s; install libcurl4-openssl-dev 7.68 or later", \
                 REVIEW_CURL_LIBRARY, #symbol);                                                               \
        table->error = review_curl_error;                                                          \
        return;                                                                                               \
    }
    REVIEW_CURL_RESOLVE(global_init, curl_global_init)
    REVIEW_CURL_RESOLVE(easy_init, curl_easy_init)
    REVIEW_CURL_RESOLVE(easy_cleanup, curl_easy_cleanup)
    REVIEW_CURL_RESOLVE(easy_strerror, curl_easy_strerror)
    REVIEW_CURL_RESOLVE(easy_setopt, curl_easy_setopt)
    REVIEW_CURL_RESOLVE(easy_getinfo, curl_easy_getinfo)
    REVIEW_CURL_RESOLVE(multi_init, curl_multi_init)
    REVIEW_CURL_RESOLVE(multi_setopt, curl_multi_setopt)
    REVIEW_CURL_RESOLVE(multi_add_handle, curl_multi_add_handle)
    REVIEW_CURL_RESOLVE(multi_remove_handle, curl_multi_remove_handle)
    REVIEW_CURL_RESOLVE(multi_cleanup, curl_multi_cleanup)
    REVIEW_CURL_RESOLVE(multi_info_read, curl_multi_info_read)
    REVIEW_CURL_RESOLVE(multi_perform, curl_multi_perform)
    REVIEW_CURL_RESOLVE(multi_poll, curl_multi_poll)
    REVIEW_CURL_RESOLVE(multi_wakeup, curl_multi_wakeup)
    REVIEW_CURL_RESOLVE(multi_strerror, curl_multi_strerror)
    REVIEW_CURL_RESOLVE(slist_append, curl_slist_append)
    REVIEW_CURL_RESOLVE(slist_free_all, curl_slist_free_all)
#undef REVIEW_CURL_RESOLVE
}

/// The loaded functions (loading libcurl on the first call, once per process and thread-safe).
static inline const review_curl_api *review_curl(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, review_curl_load);
    return review_curl_storage();
}

/// NULL when libcurl is loaded, else why not. Call it before any other `review_curl_*` function.
static inline const char *review_curl_load_error(void) { return review_curl()->error; }

static inline CURLcode review_curl_global_init(long flags) { return review_curl()->global_init(flags); }
static inline CURL *review_curl_easy_init(void) { return review_curl()->easy_init(); }
static inline void review_curl_easy_cleanup(CURL *handle) { review_curl()->easy_cleanup(handle); }
static inline const char *review_curl_easy_strerror(CURLcode code) { return review_curl()->easy_strerror(code); }
static inline CURLM *review_curl_multi_init(void) { return review_curl()->multi_init(); }
static inline CURLMcode review_curl_multi_add_handle(CURLM *multi, CURL *handle) { return review_curl()->multi_add_handle(multi, handle); }
static inline CURLMcode review_curl_multi_remove_handle(CURLM *multi, CURL *handle) { return review_curl()->multi_remove_handle(multi, handle); }
static inline CURLMcode review_curl_multi_cleanup(CURLM *multi) { return review_curl()->multi_cleanup(multi); }
static inline CURLMsg *review_curl_multi_info_read(CURLM *multi, int *queued) { return review_curl()->multi_info_read(multi, queued); }
static inline CURLMcode review_curl_multi_perform(CURLM *multi, int *running) { return review_curl()->multi_perform(multi, running); }
static inline CURLMcode review_curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready) {
    return review_curl()->multi_poll(multi, extra, count, timeout, ready);
}
static inline CURLMcode review_curl_multi_wakeup(CURLM *multi) { return review_curl()->multi_wakeup(multi); }
static inline const char *review_curl_multi_strerror(CURLMcode code) { return review_curl()->multi_strerror(code); }
static inline struct curl_slist *review_curl_slist_append(struct curl_slist *list, const char *string) {
    return review_curl()->slist_append(list, string);
}
static inline void review_curl_slist_free_all(struct curl_slist *list) { review_curl()->slist_free_all(list); }

static inline CURLcode review_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return review_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode review_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return review_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode review_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return review_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode review_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return review_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode review_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return review_curl()->easy_setopt(handle, option, value);
}
typedef size_t (*review_write_callback)(char *data, size_t size, size_t count, void *userdata);
static inline CURLcode review_easy_setopt_write_function(CURL *handle, CURLoption option, review_write_callback value) {
    return review_curl()->easy_setopt(handle, option, value);
}
static inline CURLcode review_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return review_curl()->easy_getinfo(handle, info, value);
}
static inline CURLcode review_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return review_curl()->easy_getinfo(handle, info, value);
}
static inline CURLcode review_easy_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
    return review_curl()->easy_getinfo(handle, info, value);
}
static inline CURLcode review_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return review_curl()->easy_getinfo(handle, info, value);
}
static inline CURLcode review_easy_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return review_curl()->easy_getinfo(handle, info, value);
}
static inline CURLMcode review_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return review_curl()->multi_setopt(multi, option, value);
}

#endif
