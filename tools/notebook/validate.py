#!/usr/bin/env python3
"""Validate notebooks against the nbformat schema: validate.py PATH...

Prints one line per file and exits 1 if any file is not a valid nbformat 4 notebook.
"""
import sys

import nbformat


def validate(path):
    try:
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
    except Exception as error:  # nbformat raises several types (JSON, schema, version)
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        print(f"{path}: INVALID: {first_line}")
        return False
    print(f"{path}: ok (nbformat {nb.nbformat}.{nb.nbformat_minor}, {len(nb.cells)} cells)")
    return True


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    results = [validate(path) for path in paths]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
