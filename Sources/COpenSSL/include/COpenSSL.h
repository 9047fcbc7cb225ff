// OpenSSL's libcrypto (libssl-dev), used only for SHA-256 digests of inputs, schema fingerprints, SARIF
// fingerprints and cache keys, loaded on first use.
//
// The declarations are OpenSSL's own (<openssl/evp.h>), but libcrypto is opened with dlopen the first time a
// digest is computed instead of being linked: linked, the dynamic loader mapped and relocated it (about
// 2 ms) at every start of `review`, also for the commands that never hash (lint, --version, ...).
// COpenSSLLoader.c holds the one table of loaded functions; call `review_crypto_load_error` first: the
// `review_sha256_*` functions must not be called unless it returned NULL.
#ifndef REVIEW_COPENSSL_H
#define REVIEW_COPENSSL_H

#include <openssl/evp.h>
#include <stddef.h>

/// The libcrypto functions Support.SHA256 calls, resolved from one loaded library.
typedef struct {
    EVP_MD_CTX *(*md_ctx_new)(void);
    void (*md_ctx_free)(EVP_MD_CTX *context);
    const EVP_MD *(*sha256)(void);
    int (*digest_init_ex)(EVP_MD_CTX *context, const EVP_MD *type, ENGINE *engine);
    int (*digest_update)(EVP_MD_CTX *context, const void *data, size_t count);
    int (*digest_final_ex)(EVP_MD_CTX *context, unsigned char *digest, unsigned int *size);
} review_crypto_api;

/// Opens `library` and fills `table` with its functions. Returns 1 on success; 0 with a one-line reason
/// (what failed and what to install) in `reason` otherwise. The process-wide table uses it once; tests use
/// it to check the message for a library that is missing.
int review_crypto_open(const char *library, review_crypto_api *table, char *reason, size_t capacity);

/// NULL once libcrypto is loaded (loading it on the first call, once per process, thread-safe), else why
/// it could not be.
const char *review_crypto_load_error(void);

/// A new context with a SHA-256 digest started, or NULL (out of memory).
EVP_MD_CTX *review_sha256_new(void);
int review_sha256_update(EVP_MD_CTX *context, const void *data, size_t count);
/// Writes the digest (EVP_MAX_MD_SIZE bytes of room) and its length; ends the hash.
int review_sha256_final(EVP_MD_CTX *context, unsigned char *digest, unsigned int *size);
void review_sha256_free(EVP_MD_CTX *context);

#endif
