"""Validates every *.json file of a directory with Python's jsonschema (Draft 2020-12).

Prints one verdict a line, like plan-io/src/test/node/validate.mjs:
    FILE<TAB>valid | FILE<TAB>invalid<TAB>first error | FILE<TAB>unparsable<TAB>reason
Usage: python3 validate.py SCHEMA.json DIRECTORY
Numbers are parsed with the json module's defaults (binary floats), as integrators do.
Run by PortableSchemaTest (plan-io), which compares these verdicts with the plan reader's.
"""
import json
import os
import sys

import jsonschema


def decode(data):
    """UTF-8, or UTF-16 after its byte order mark, as the plan reader decodes; the mark is not JSON text."""
    if data[:2] == b"\xff\xfe":
        return data[2:].decode("utf-16-le")
    if data[:2] == b"\xfe\xff":
        return data[2:].decode("utf-16-be")
    return data.decode("utf-8-sig")


def main(schema_file, directory):
    with open(schema_file, encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    out = []
    for name in sorted(n for n in os.listdir(directory) if n.endswith(".json")):
        try:
            with open(os.path.join(directory, name), "rb") as f:
                document = json.loads(decode(f.read()))
        except (ValueError, UnicodeDecodeError, RecursionError) as e:
            out.append(f"{name}\tunparsable\t{' '.join(str(e).split())}")
            continue
        try:
            error = next(iter(validator.iter_errors(document)), None)
        except RecursionError as e:
            out.append(f"{name}\tunparsable\t{' '.join(str(e).split())}")
            continue
        if error is None:
            out.append(f"{name}\tvalid")
        else:
            out.append(f"{name}\tinvalid\t/{'/'.join(map(str, error.absolute_path))} {' '.join(error.message.split())[:200]}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
