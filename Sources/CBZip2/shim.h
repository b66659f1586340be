// The system libbz2 (Debian: libbz2-dev), for bzip2-compressed model payloads (joblib compress='bz2').
#include <stdio.h>
#include <bzlib.h>
