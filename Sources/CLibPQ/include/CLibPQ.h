// libpq, loaded on first use with dlopen instead of linked: only `inventory` with a postgres://
// URL needs it, and linking it made every run of bulwark (a one-file scan included) pay for
// loading libpq and the dozen libraries it needs (GnuTLS, Kerberos, LDAP) at start-up.
// The types and constants still come from the system header (Debian: libpq-dev).
#ifndef BULWARK_CLIBPQ_H
#define BULWARK_CLIBPQ_H
#include <postgresql/libpq-fe.h>

/// Loads libpq once. Returns 0 when it is usable; otherwise 1 and a static message in *error.
int bw_pq_load(const char **error);

PGconn *bw_PQconnectdb(const char *conninfo);
ConnStatusType bw_PQstatus(const PGconn *conn);
char *bw_PQerrorMessage(const PGconn *conn);
void bw_PQfinish(PGconn *conn);
PQnoticeProcessor bw_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg);
PGresult *bw_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                          const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                          int resultFormat);
void bw_PQclear(PGresult *res);
ExecStatusType bw_PQresultStatus(const PGresult *res);
int bw_PQntuples(const PGresult *res);
int bw_PQnfields(const PGresult *res);
int bw_PQgetisnull(const PGresult *res, int row, int column);
char *bw_PQgetvalue(const PGresult *res, int row, int column);
char *bw_PQresultErrorMessage(const PGresult *res);
char *bw_PQresultErrorField(const PGresult *res, int fieldcode);
#endif
