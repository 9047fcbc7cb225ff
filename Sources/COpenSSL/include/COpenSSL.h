// OpenSSL's libcrypto (libssl-dev), used only for SHA-256 digests of inputs, schema fingerprints, SARIF
// fingerprints and cache keys, loaded on first use.
//
// The declarations are OpenSSL's own (<openssl/sha.h>), but libcrypto is opened with dlopen the first time a
// digest is computed instead of being linked: linked, the dynamic loader mapped and relocated it (about
// 2 ms) at every start of `review`, also for the commands that never hash (lint, --version, ...).
// COpenSSLLoader.c holds the one table of loaded functions; call `review_crypto_load_error` first: the
// `review_sha256_*` functions must not be called unless it returned NULL.
#ifndef REVIEW_COPENSSL_H
#define REVIEW_COPENSSL_H

// The functions are SHA-256's own (SHA256_Init, _Update, _Final), which OpenSSL 3 marks deprecated in
// favour of EVP_Digest*: the EVP functions find SHA-256 through OpenSSL's provider machinery, which sets
// itself up on the first digest of a process (1.3 ms, more than the digest of a whole schema). The direct
// functions compute the same digest with the same assembly, with nothing to set up.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
#include <stddef.h>

/// The libcrypto functions Support.SHA256 calls, resolved from one loaded library.
typedef struct {
    int (*init)(SHA256_CTX *context);
    int (*update)(SHA256_CTX *context, const void *data, size_t count);
    int (*final)(unsigned char *digest, SHA256_CTX *context);
} review_crypto_api;

/// Opens `library` and fills `table` with its functions. Returns 1 on success; 0 with a one-line reason
/// (what failed and what to install) in `reason` otherwise. The process-wide table uses it once; tests use
/// it to check the message for a library that is missing.
int review_crypto_open(const char *library, review_crypto_api *table, char *reason, size_t capacity);

/// NULL once libcrypto is loaded (loading it on the first call, once per process, thread-safe), else why
/// it could not be.
const char *review_crypto_load_error(void);

/// Loads libcrypto on a thread of its own, detached, and returns at once (as review_crypto_load_error,
/// whose answer a later call gets without waiting for a load that is done).
void review_crypto_load_in_background(void);

/// Starts a SHA-256 digest in `context`. Returns 1 on success.
int review_sha256_init(SHA256_CTX *context);
int review_sha256_update(SHA256_CTX *context, const void *data, size_t count);
/// Writes the digest's SHA256_DIGEST_LENGTH (32) bytes; ends the hash.
int review_sha256_final(SHA256_CTX *context, unsigned char *digest);

#endif
