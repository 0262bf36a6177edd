// The compression libraries Parquet's codecs need, from Debian's packages (libsnappy-dev, libzstd-dev,
// liblz4-dev, zlib1g-dev): snappy (Spark's default codec), zstd, lz4 (LZ4_RAW) and zlib (GZIP).
#include <snappy-c.h>
#include <zstd.h>
#include <lz4.h>
#include <zlib.h>
