#!/usr/bin/env bash
# What the tests need beyond Node and npm, from Debian: xmllint and networkx (the export tests
# prove GEXF and GraphML against them) and Chromium (the explorer's browser tests).
# As root it installs what is missing; otherwise it prints the one line to run.
set -euo pipefail
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then echo "the tests have what they need"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "the tests need ${need[*]}: run  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
echo "installed ${need[*]}"
