/*
 * The baseline for bench/schema-read-pg.sh: libpg_query's bare parse of a whole file, the cheapest
 * way to get a PostgreSQL parse tree, with nothing else (no model, no diagnostics).
 *
 * Usage: pg-parse FILE [REPEAT]
 * Reads FILE, calls pg_query_parse on it REPEAT times (default 1) and prints, on one line, the
 * median in-process parse time in ms and the number of top-level statements (or the parse error).
 * Built by the bench script with: cc -O2 pg-parse.c -lpg_query
 */
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: pg-parse FILE [REPEAT]\n"); return 2; }
    int repeat = argc > 2 ? atoi(argv[2]) : 1;
    if (repeat < 1) repeat = 1;
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, file) != (size_t)size) { perror(argv[1]); return 2; }
    text[size] = 0;
    fclose(file);

    double *times = malloc(sizeof(double) * repeat);
    int statements = 0;
    for (int i = 0; i < repeat; i++) {
        double start = now_ms();
        PgQueryParseResult result = pg_query_parse(text);
        times[i] = now_ms() - start;
        if (result.error) {
            printf("error: %s at %d\n", result.error->message, result.error->cursorpos);
            pg_query_free_parse_result(result);
            return 1;
        }
        /* Count statements by their "stmt" keys: cheap, and outside the timed part. */
        statements = 0;
        for (const char *p = result.parse_tree; (p = strstr(p, "{\"stmt\":")); p++) statements++;
        pg_query_free_parse_result(result);
    }
    qsort(times, repeat, sizeof(double), compare);
    printf("%.3f ms %d statements\n", times[repeat / 2], statements);
    return 0;
}
