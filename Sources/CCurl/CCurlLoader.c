// The one process-wide table of libcurl functions, filled with dlopen/dlsym on first use (see CCurl.h).
#include "CCurl.h"

#include "CLibraryLoader.h"

#include <stddef.h>

#ifdef __APPLE__
#define REVIEW_CURL_LIBRARY "libcurl.4.dylib"
#else
#define REVIEW_CURL_LIBRARY "libcurl.so.4"
#endif

#define REVIEW_CURL_INSTALL "install libcurl 7.68 or later (Debian/Ubuntu: libcurl4)"

static const review_library_symbol symbols[] = {
    {"curl_global_init", offsetof(review_curl_api, global_init)},
    {"curl_easy_init", offsetof(review_curl_api, easy_init)},
    {"curl_easy_cleanup", offsetof(review_curl_api, easy_cleanup)},
    {"curl_easy_strerror", offsetof(review_curl_api, easy_strerror)},
    {"curl_easy_setopt", offsetof(review_curl_api, easy_setopt)},
    {"curl_easy_getinfo", offsetof(review_curl_api, easy_getinfo)},
    {"curl_multi_init", offsetof(review_curl_api, multi_init)},
    {"curl_multi_setopt", offsetof(review_curl_api, multi_setopt)},
    {"curl_multi_add_handle", offsetof(review_curl_api, multi_add_handle)},
    {"curl_multi_remove_handle", offsetof(review_curl_api, multi_remove_handle)},
    {"curl_multi_cleanup", offsetof(review_curl_api, multi_cleanup)},
    {"curl_multi_info_read", offsetof(review_curl_api, multi_info_read)},
    {"curl_multi_perform", offsetof(review_curl_api, multi_perform)},
    {"curl_multi_poll", offsetof(review_curl_api, multi_poll)},
    {"curl_multi_wakeup", offsetof(review_curl_api, multi_wakeup)},
    {"curl_multi_strerror", offsetof(review_curl_api, multi_strerror)},
    {"curl_slist_append", offsetof(review_curl_api, slist_append)},
    {"curl_slist_free_all", offsetof(review_curl_api, slist_free_all)},
};

int review_curl_open(const char *library, review_curl_api *table, char *reason, size_t capacity) {
    // curl_multi_poll and curl_multi_wakeup, the newest functions here, came with libcurl 7.66 and 7.68.
    return review_library_open(library, "libcurl", REVIEW_CURL_INSTALL,
                               symbols, sizeof symbols / sizeof *symbols, table, reason, capacity);
}

static review_curl_api loaded;
static review_library curl_library = REVIEW_LIBRARY(REVIEW_CURL_LIBRARY, "libcurl", REVIEW_CURL_INSTALL, symbols, &loaded);

const char *review_curl_load_error(void) { return review_library_load(&curl_library); }

// Every call goes through the load as well (one atomic load once loaded), so no caller has to know which
// thread loaded the table. Callers checked review_curl_load_error first (CurlTransport does, before anything
// else touches libcurl), so the table is filled.
static inline const review_curl_api *api(void) {
    review_library_load(&curl_library);
    return &loaded;
}

CURLcode review_curl_global_init(long flags) { return api()->global_init(flags); }
CURL *review_curl_easy_init(void) { return api()->easy_init(); }
void review_curl_easy_cleanup(CURL *handle) { api()->easy_cleanup(handle); }
const char *review_curl_easy_strerror(CURLcode code) { return api()->easy_strerror(code); }
CURLM *review_curl_multi_init(void) { return api()->multi_init(); }
CURLMcode review_curl_multi_add_handle(CURLM *multi, CURL *handle) { return api()->multi_add_handle(multi, handle); }
CURLMcode review_curl_multi_remove_handle(CURLM *multi, CURL *handle) { return api()->multi_remove_handle(multi, handle); }
CURLMcode review_curl_multi_cleanup(CURLM *multi) { return api()->multi_cleanup(multi); }
CURLMsg *review_curl_multi_info_read(CURLM *multi, int *queued) { return api()->multi_info_read(multi, queued); }
CURLMcode review_curl_multi_perform(CURLM *multi, int *running) { return api()->multi_perform(multi, running); }
CURLMcode review_curl_multi_poll(CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready) {
    return api()->multi_poll(multi, extra, count, timeout, ready);
}
CURLMcode review_curl_multi_wakeup(CURLM *multi) { return api()->multi_wakeup(multi); }
const char *review_curl_multi_strerror(CURLMcode code) { return api()->multi_strerror(code); }
struct curl_slist *review_curl_slist_append(struct curl_slist *list, const char *string) {
    return api()->slist_append(list, string);
}
void review_curl_slist_free_all(struct curl_slist *list) { api()->slist_free_all(list); }

CURLcode review_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_setopt_write_function(CURL *handle, CURLoption option, review_write_callback value) {
    return api()->easy_setopt(handle, option, value);
}
CURLcode review_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return api()->easy_getinfo(handle, info, value);
}
CURLMcode review_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return api()->multi_setopt(multi, option, value);
}
