// The system zlib (Debian: zlib1g-dev), for DEFLATE in zip members, gzip and zlib streams.
#include <zlib.h>
