// The one process-wide table of libcrypto functions, filled with dlopen/dlsym on first use (see COpenSSL.h).
#include "COpenSSL.h"

#include "CLibraryLoader.h"

#include <stddef.h>

#ifdef __APPLE__
#define REVIEW_CRYPTO_LIBRARY "libcrypto.3.dylib"
#else
#define REVIEW_CRYPTO_LIBRARY "libcrypto.so.3"
#endif

#define REVIEW_CRYPTO_INSTALL "install OpenSSL 3 (Debian/Ubuntu: libssl3)"

static const review_library_symbol symbols[] = {
    {"EVP_MD_CTX_new", offsetof(review_crypto_api, md_ctx_new)},
    {"EVP_MD_CTX_free", offsetof(review_crypto_api, md_ctx_free)},
    {"EVP_sha256", offsetof(review_crypto_api, sha256)},
    {"EVP_DigestInit_ex", offsetof(review_crypto_api, digest_init_ex)},
    {"EVP_DigestUpdate", offsetof(review_crypto_api, digest_update)},
    {"EVP_DigestFinal_ex", offsetof(review_crypto_api, digest_final_ex)},
};

int review_crypto_open(const char *library, review_crypto_api *table, char *reason, size_t capacity) {
    return review_library_open(library, "libcrypto", REVIEW_CRYPTO_INSTALL,
                               symbols, sizeof symbols / sizeof *symbols, table, reason, capacity);
}

static review_crypto_api loaded;
static review_library crypto_library = REVIEW_LIBRARY(REVIEW_CRYPTO_LIBRARY, "libcrypto", REVIEW_CRYPTO_INSTALL, symbols, &loaded);

const char *review_crypto_load_error(void) { return review_library_load(&crypto_library); }

// Every call goes through the load as well (one atomic load once loaded), so no caller has to know which
// thread loaded the table. Callers checked review_crypto_load_error first, so the table is filled.
static inline const review_crypto_api *api(void) {
    review_library_load(&crypto_library);
    return &loaded;
}

EVP_MD_CTX *review_sha256_new(void) {
    EVP_MD_CTX *context = api()->md_ctx_new();
    if (context && api()->digest_init_ex(context, api()->sha256(), NULL) != 1) {
        api()->md_ctx_free(context);
        return NULL;
    }
    return context;
}
int review_sha256_update(EVP_MD_CTX *context, const void *data, size_t count) {
    return api()->digest_update(context, data, count);
}
int review_sha256_final(EVP_MD_CTX *context, unsigned char *digest, unsigned int *size) {
    return api()->digest_final_ex(context, digest, size);
}
void review_sha256_free(EVP_MD_CTX *context) { api()->md_ctx_free(context); }
