"""db-benchmark's G1 (groupby) and J1 (join) tables, seeded, as CSV, written from the published data description.

The description (h2oai/db-benchmark `_data/groupby-datagen.R` and `_data/join-datagen.R`, random order, no NAs):

G1, N rows and K groups: id1, id2 are "id%03d" of 1..K; id3 is "id%010d" of 1..N/K; id4, id5 are integers of 1..K;
id6 an integer of 1..N/K; v1 an integer of 1..5, v2 of 1..15; v3 uniform in [0, 100) rounded to 6 decimals. Every
column is drawn independently, uniformly, with replacement.

J1, N rows: three key sets of n = N/1e6, N/1e3 and N keys; each is a random permutation of 1..1.1n split into the
keys shared by both sides (the first 0.9n), the keys only the left side has (the next 0.1n) and the keys only the
right side has (the last 0.1n). The left table `x` (N rows) draws id1, id2, id3 from shared+left keys of the three
sets, every key appearing at least once (so id3 is a permutation); the right tables small (N/1e6 rows: id1), medium
(N/1e3 rows: id1, id2) and big (N rows: id1, id2, id3) draw from shared+right keys the same way. id4, id5, id6 are
"id" followed by id1, id2, id3; the value is v1 on the left and v2 on the right, uniform in [0, 100), 6 decimals.

Text is made without a Python string per row: each column becomes a matrix of ASCII bytes, one row per record, with
NUL where a number is shorter than its column's width; the matrices are laid side by side with the separators and
the NULs are dropped. Rows are produced in chunks of CHUNK, each chunk from its own generator seeded by (seed, table,
chunk), so memory stays bounded (G1 at 1e8 rows, 5 GB of text, streams) and the same seed gives the same bytes.
"""
import argparse
import os
import sys

import numpy as np

CHUNK = 1 << 20
SEED = 108  # the seed db-benchmark's generators set
COMMA, NEWLINE, DOT, ZERO = ord(","), ord("\n"), ord("."), ord("0")


def pretty_sci(n):
    """db-benchmark's file-name spelling of a count: 10_000_000 -> "1e7", 50_000_000 -> "5e7"."""
    n = int(n)
    exponent = 0
    while n >= 10 and n % 10 == 0:
        n //= 10
        exponent += 1
    return f"{n}e{exponent}"


def groupby_name(rows, k=100):
    return f"G1_{pretty_sci(rows)}_{pretty_sci(k)}_0_0.csv"


def join_names(rows):
    """File names of x, small, medium and big for a J1 table of `rows` rows."""
    sizes = [rows // 10**6, rows // 10**3, rows]
    return [f"J1_{pretty_sci(rows)}_NA_0_0.csv"] + [f"J1_{pretty_sci(rows)}_{pretty_sci(n)}_0_0.csv" for n in sizes]


# --- text of columns: (rows, width) uint8 matrices, NUL where nothing is written ---

# The four ASCII digits of every number below 10,000, each as one 32-bit word: a number's text is gathered four
# digits at a time.
FOUR_DIGITS = np.array([list(f"{i:04d}".encode()) for i in range(10_000)], np.uint8).view(np.uint32).ravel()


def digits(values, width, zero_pad=False):
    """Decimal digits of non-negative integers right-aligned in `width` bytes; leading zeros become NUL unless
    `zero_pad` (the last digit always stays, so 0 is "0")."""
    values = np.asarray(values, dtype=np.int64)
    groups = -(-width // 4)
    words = np.empty((len(values), groups), np.uint32)
    rest = values
    for group in range(groups - 1, -1, -1):
        words[:, group] = FOUR_DIGITS[rest % 10_000 if group else rest]
        if group:
            rest = rest // 10_000
    out = words.view(np.uint8)[:, groups * 4 - width:]
    if not zero_pad and width > 1:
        length = np.ones(len(values), np.int64)
        for power in range(1, width):
            length += values >= 10 ** power
        out[np.arange(width) < (width - length)[:, None]] = 0
    return out


def prefixed(prefix, values, width, zero_pad=False):
    """`prefix` followed by the digits of `values`, e.g. "id" + "007"."""
    head = np.frombuffer(prefix.encode(), np.uint8)
    return np.hstack([np.broadcast_to(head, (len(values), len(head))), digits(values, width, zero_pad)])


def decimal6(micros):
    """Numbers given in millionths as the shortest decimal text (fwrite's form): 23.5749 not 23.574900, 7 not 7.0."""
    micros = np.asarray(micros, dtype=np.int64)
    whole = digits(micros // 1_000_000, width_of(int(micros.max(initial=0)) // 1_000_000))
    fraction = digits(micros % 1_000_000, 6, zero_pad=True)
    trailing = np.logical_and.accumulate(fraction[:, ::-1] == ZERO, axis=1)[:, ::-1]
    fraction[trailing] = 0
    dot = np.where(trailing[:, 0], 0, DOT).astype(np.uint8)[:, None]
    return np.hstack([whole, dot, fraction])


def width_of(largest):
    return len(str(max(int(largest), 0)))


def uniform_micros(rng, n):
    """n values uniform in [0, 100) rounded to 6 decimals, as integer millionths (0 ..= 100_000_000)."""
    return np.rint(rng.random(n) * 1e8).astype(np.int64)


def csv_bytes(columns):
    """One CSV text from column matrices of equal height: separators between, NULs dropped."""
    n = len(columns[0])
    matrix = np.empty((n, sum(c.shape[1] + 1 for c in columns)), np.uint8)
    at = 0
    for column in columns:
        matrix[:, at: at + column.shape[1]] = column
        at += column.shape[1]
        matrix[:, at] = COMMA
        at += 1
    matrix[:, -1] = NEWLINE
    flat = matrix.ravel()
    return flat[flat != 0].tobytes()


def chunk_rng(seed, table, chunk):
    return np.random.default_rng([seed, table, chunk])


class AtomicFile:
    """Writes to `path.tmp` and renames on success, so a reader never sees half a table."""

    def __init__(self, path):
        self.path = path
        self.temporary = path + ".tmp"

    def __enter__(self):
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        self.file = open(self.temporary, "wb")
        return self.file

    def __exit__(self, kind, value, traceback):
        self.file.close()
        if kind is None:
            os.replace(self.temporary, self.path)
        else:
            os.unlink(self.temporary)


# --- G1 ---

def groupby_chunk(rng, n, rows, k):
    groups_small = rows // k
    v3 = uniform_micros(rng, n)
    return csv_bytes([
        prefixed("id", rng.integers(1, k + 1, n), max(3, width_of(k)), zero_pad=True),
        prefixed("id", rng.integers(1, k + 1, n), max(3, width_of(k)), zero_pad=True),
        prefixed("id", rng.integers(1, groups_small + 1, n), max(10, width_of(groups_small)), zero_pad=True),
        digits(rng.integers(1, k + 1, n), width_of(k)),
        digits(rng.integers(1, k + 1, n), width_of(k)),
        digits(rng.integers(1, groups_small + 1, n), width_of(groups_small)),
        digits(rng.integers(1, 6, n), 1),
        digits(rng.integers(1, 16, n), 2),
        decimal6(v3),
    ])


def write_groupby(path, rows, k=100, seed=SEED):
    """G1 with `rows` rows and `k` groups to `path`, streamed in chunks."""
    if rows < k:
        raise ValueError(f"G1 needs at least K={k} rows")
    with AtomicFile(path) as out:
        out.write(b"id1,id2,id3,id4,id5,id6,v1,v2,v3\n")
        for chunk, start in enumerate(range(0, rows, CHUNK)):
            out.write(groupby_chunk(chunk_rng(seed, 0, chunk), min(CHUNK, rows - start), rows, k))


# --- J1 ---

def split_keys(rng, n):
    """A permutation of 1..1.1n split into (shared, left only, right only) keys: 0.9n, 0.1n, 0.1n."""
    keys = rng.permutation(np.arange(1, n * 11 // 10 + 1, dtype=np.int64))
    return keys[: n * 9 // 10], keys[n * 9 // 10: n], keys[n:]


def sample_all(rng, keys, size):
    """`size` keys drawn from `keys` so that every key appears at least once, in random order."""
    if len(keys) > size:
        raise ValueError(f"cannot place {len(keys)} keys in {size} rows")
    drawn = np.concatenate([keys, rng.choice(keys, size - len(keys), replace=True)])
    return rng.permutation(drawn)


def write_join_table(path, keys, largest, value_name, seed, table):
    """One J1 table: integer keys, their "id"-prefixed copies, then the value column, in chunks."""
    names = ["id1", "id2", "id3"][: len(keys)]
    header = ",".join(names + ["id4", "id5", "id6"][: len(keys)] + [value_name]) + "\n"
    rows = len(keys[0])
    with AtomicFile(path) as out:
        out.write(header.encode())
        for chunk, start in enumerate(range(0, rows, CHUNK)):
            stop = min(rows, start + CHUNK)
            rng = chunk_rng(seed, table, chunk)
            slices = [column[start:stop] for column in keys]
            columns = [digits(s, width_of(top)) for s, top in zip(slices, largest)]
            columns += [prefixed("id", s, width_of(top)) for s, top in zip(slices, largest)]
            columns.append(decimal6(uniform_micros(rng, stop - start)))
            out.write(csv_bytes(columns))


def write_join(directory, rows, seed=SEED, divisors=(10**6, 10**3, 1)):
    """J1's x, small, medium and big tables for `rows` rows into `directory`; returns their paths.

    `divisors` are the right tables' sizes as fractions of `rows` (db-benchmark's 1e6, 1e3, 1); tests shrink them so
    a tiny table still has keys to split."""
    if any(rows % d or rows // d < 10 for d in divisors):
        raise ValueError(f"J1 needs rows / {divisors} to be whole and at least 10")
    rng = np.random.default_rng([seed, 1])
    sizes = [rows // d for d in divisors]
    sets = [split_keys(rng, n) for n in sizes]
    largest = [n * 11 // 10 for n in sizes]
    names = join_names(rows) if divisors == (10**6, 10**3, 1) else [
        f"J1_{pretty_sci(rows)}_{label}_0_0.csv" for label in ("NA", *(pretty_sci(n) for n in sizes))]
    paths = [os.path.join(directory, name) for name in names]
    left = [sample_all(rng, np.concatenate([shared, only_left]), rows) for shared, only_left, _ in sets]
    write_join_table(paths[0], left, largest, "v1", seed, 2)
    del left
    for index, n in enumerate(sizes):
        right = [sample_all(rng, np.concatenate([shared, only_right]), n)
                 for shared, _, only_right in sets[: index + 1]]
        write_join_table(paths[index + 1], right, largest[: index + 1], "v2", seed, 3 + index)
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", choices=["groupby", "join"])
    parser.add_argument("--rows", type=float, default=1e7)
    parser.add_argument("--k", type=float, default=100)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default="bench-data", help="directory")
    args = parser.parse_args(argv)
    rows = int(args.rows)
    if args.table == "groupby":
        path = os.path.join(args.out, groupby_name(rows, int(args.k)))
        write_groupby(path, rows, int(args.k), args.seed)
        print(path)
    else:
        print("\n".join(write_join(args.out, rows, args.seed)))


if __name__ == "__main__":
    sys.exit(main())
