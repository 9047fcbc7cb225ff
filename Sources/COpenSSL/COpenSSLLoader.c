// The one process-wide table of libcrypto functions, filled with dlopen/dlsym on first use (see COpenSSL.h).
#include "COpenSSL.h"

#include "CLibraryLoader.h"

#include <pthread.h>
#include <stddef.h>

#ifdef __APPLE__
#define REVIEW_CRYPTO_LIBRARY "libcrypto.3.dylib"
#else
#define REVIEW_CRYPTO_LIBRARY "libcrypto.so.3"
#endif

#define REVIEW_CRYPTO_INSTALL "install OpenSSL 3 (Debian/Ubuntu: libssl3)"

static const review_library_symbol symbols[] = {
    {"SHA256_Init", offsetof(review_crypto_api, init)},
    {"SHA256_Update", offsetof(review_crypto_api, update)},
    {"SHA256_Final", offsetof(review_crypto_api, final)},
};

int review_crypto_open(const char *library, review_crypto_api *table, char *reason, size_t capacity) {
    return review_library_open(library, "libcrypto", REVIEW_CRYPTO_INSTALL,
                               symbols, sizeof symbols / sizeof *symbols, table, reason, capacity);
}

static review_crypto_api loaded;
static review_library crypto_library = REVIEW_LIBRARY(REVIEW_CRYPTO_LIBRARY, "libcrypto", REVIEW_CRYPTO_INSTALL, symbols, &loaded);

const char *review_crypto_load_error(void) { return review_library_load(&crypto_library); }

static void *load_in_background(void *unused) {
    (void)unused;
    review_library_load(&crypto_library);
    return NULL;
}

void review_crypto_load_in_background(void) {
    pthread_t thread;
    // Without a thread, the first digest loads the library itself.
    if (pthread_create(&thread, NULL, load_in_background, NULL) == 0) pthread_detach(thread);
}

// Every call goes through the load as well (one atomic load once loaded), so no caller has to know which
// thread loaded the table. Callers checked review_crypto_load_error first, so the table is filled.
static inline const review_crypto_api *api(void) {
    review_library_load(&crypto_library);
    return &loaded;
}

int review_sha256_init(SHA256_CTX *context) { return api()->init(context); }
int review_sha256_update(SHA256_CTX *context, const void *data, size_t count) {
    return api()->update(context, data, count);
}
int review_sha256_final(SHA256_CTX *context, unsigned char *digest) { return api()->final(digest, context); }
