#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/deps.txt that are missing (apt-get; as root or through sudo).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=("$@")
if [ ${#list[@]} -eq 0 ]; then
  mapfile -t list < <(grep -v '^\s*#' "$here/deps.txt" | grep -v '^\s*$')
fi
missing=()
for pkg in "${list[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
