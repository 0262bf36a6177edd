#!/usr/bin/env bash
# Installs the Debian packages Sparkbook builds against, only when missing (libedit for the REPL's line editor; snappy, zstd, lz4 and zlib for Parquet; SQLite for the metastore; a JRE for real PySpark in tests).
set -euo pipefail
missing=()
pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
# Parquet's codecs: snappy, zstd, lz4, zlib.
pkg-config --exists snappy 2>/dev/null || [ -f /usr/include/snappy-c.h ] || missing+=(libsnappy-dev)
pkg-config --exists libzstd 2>/dev/null || missing+=(libzstd-dev)
pkg-config --exists liblz4 2>/dev/null || missing+=(liblz4-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
# SQLite for the metastore (GRDB) that keeps tables between sessions with Hive support.
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# A JRE for the real PySpark that `make test` reads Sparkbook's Parquet files with (tests/parquet/check_interop.py).
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "installing ${missing[*]} (apt-get)" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
