// See include/CLibPQ.h: libpq is resolved with dlopen/dlsym the first time it is needed.
#include "CLibPQ.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static struct {
    PGconn *(*connectdb)(const char *);
    ConnStatusType (*status)(const PGconn *);
    char *(*errorMessage)(const PGconn *);
    void (*finish)(PGconn *);
    PQnoticeProcessor (*setNoticeProcessor)(PGconn *, PQnoticeProcessor, void *);
    PGresult *(*execParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int);
    void (*clear)(PGresult *);
    ExecStatusType (*resultStatus)(const PGresult *);
    int (*ntuples)(const PGresult *);
    int (*nfields)(const PGresult *);
    int (*getisnull)(const PGresult *, int, int);
    char *(*getvalue)(const PGresult *, int, int);
    char *(*resultErrorMessage)(const PGresult *);
    char *(*resultErrorField)(const PGresult *, int);
} pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error = "libpq was not loaded";
static int loaded = 0;

#define BIND(field, symbol)                                                   \
    do {                                                                      \
        *(void **)(&pq.field) = dlsym(handle, symbol);                        \
        if (pq.field == NULL) {                                               \
            load_error = "the PostgreSQL client library lacks " symbol;       \
            return;                                                           \
        }                                                                     \
    } while (0)

static void load(void) {
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) handle = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        load_error = "the PostgreSQL client library (libpq.so.5) is not installed: "
                     "install it (Debian/Ubuntu: apt-get install libpq5) or use a SQLite inventory";
        return;
    }
    BIND(connectdb, "PQconnectdb");
    BIND(status, "PQstatus");
    BIND(errorMessage, "PQerrorMessage");
    BIND(finish, "PQfinish");
    BIND(setNoticeProcessor, "PQsetNoticeProcessor");
    BIND(execParams, "PQexecParams");
    BIND(clear, "PQclear");
    BIND(resultStatus, "PQresultStatus");
    BIND(ntuples, "PQntuples");
    BIND(nfields, "PQnfields");
    BIND(getisnull, "PQgetisnull");
    BIND(getvalue, "PQgetvalue");
    BIND(resultErrorMessage, "PQresultErrorMessage");
    BIND(resultErrorField, "PQresultErrorField");
    loaded = 1;
}

int bw_pq_load(const char **error) {
    pthread_once(&once, load);
    if (!loaded && error != NULL) *error = load_error;
    return loaded ? 0 : 1;
}

// Callers go through bw_pq_load first (PostgresDatabase.init); these only forward.
PGconn *bw_PQconnectdb(const char *conninfo) { return pq.connectdb(conninfo); }
ConnStatusType bw_PQstatus(const PGconn *conn) { return pq.status(conn); }
char *bw_PQerrorMessage(const PGconn *conn) { return pq.errorMessage(conn); }
void bw_PQfinish(PGconn *conn) { pq.finish(conn); }
PQnoticeProcessor bw_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg) {
    return pq.setNoticeProcessor(conn, proc, arg);
}
PGresult *bw_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                          const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                          int resultFormat) {
    return pq.execParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}
void bw_PQclear(PGresult *res) { pq.clear(res); }
ExecStatusType bw_PQresultStatus(const PGresult *res) { return pq.resultStatus(res); }
int bw_PQntuples(const PGresult *res) { return pq.ntuples(res); }
int bw_PQnfields(const PGresult *res) { return pq.nfields(res); }
int bw_PQgetisnull(const PGresult *res, int row, int column) { return pq.getisnull(res, row, column); }
char *bw_PQgetvalue(const PGresult *res, int row, int column) { return pq.getvalue(res, row, column); }
char *bw_PQresultErrorMessage(const PGresult *res) { return pq.resultErrorMessage(res); }
char *bw_PQresultErrorField(const PGresult *res, int fieldcode) { return pq.resultErrorField(res, fieldcode); }
