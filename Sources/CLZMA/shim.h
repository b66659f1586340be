// The system liblzma (Debian: liblzma-dev), for xz and legacy .lzma model payloads (joblib compress='xz'/'lzma').
#include <lzma.h>
