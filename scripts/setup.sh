#!/usr/bin/env bash
# Installs the Debian 12 packages Copydesk builds with, when any is missing.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config libicu-dev libre2-dev libyaml-cpp-dev libyaml-dev libfmt-dev
          catch2 nlohmann-json3-dev libcli11-dev libmimalloc-dev python3 python3-yaml python3-jsonschema python3-distributed jq)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
