#!/usr/bin/env bash
# Installs headless Chromium and its driver from Debian's packages when missing (the status page's browser tests):
#   build/ensure-chromium.sh
# As root (CI and the project's machines) it installs them; otherwise through sudo; without either it says what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ensure-chromium: Chromium is missing and this user cannot install it; as root run: apt-get install chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver
