#include "CLibraryLoader.h"

#include <dlfcn.h>
#include <stdio.h>

int review_library_open(const char *library, const char *name, const char *install,
                        const review_library_symbol *symbols, size_t count, void *table,
                        char *reason, size_t capacity) {
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *detail = dlerror();
        snprintf(reason, capacity, "%s could not be loaded (%s); %s", name, detail ? detail : library, install);
        return 0;
    }
    for (size_t i = 0; i < count; i++) {
        void *address = dlsym(handle, symbols[i].symbol);
        if (!address) {
            snprintf(reason, capacity, "%s has no %s; %s", library, symbols[i].symbol, install);
            dlclose(handle);
            return 0;
        }
        *(void **)((char *)table + symbols[i].offset) = address;
    }
    return 1;
}

const char *review_library_load(review_library *library) {
    int state = __atomic_load_n(&library->state, __ATOMIC_ACQUIRE);
    if (state == 0) {
        pthread_mutex_lock(&library->mutex);
        state = library->state;
        if (state == 0) {
            state = review_library_open(library->library, library->name, library->install, library->symbols,
                                        library->count, library->table, library->error, sizeof library->error) ? 1 : 2;
            __atomic_store_n(&library->state, state, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&library->mutex);
    }
    return state == 1 ? NULL : library->error;
}
