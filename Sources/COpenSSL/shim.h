// OpenSSL's libcrypto (libssl-dev), used only for SHA-256 digests of inputs, schema fingerprints
// and cache keys. libcurl4-openssl-dev already links the same library.
#ifndef REVIEW_COPENSSL_SHIM_H
#define REVIEW_COPENSSL_SHIM_H

#include <openssl/evp.h>
#include <openssl/sha.h>

#endif
