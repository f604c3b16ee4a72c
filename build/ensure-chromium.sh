#!/usr/bin/env bash
# Installs headless Chromium and its driver from Debian's packages when missing (the status page's browser tests):
#   build/ensure-chromium.sh
# Needs root (CI and the project's machines run as root); elsewhere it says what to install and leaves the tests to skip.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: not root; install them yourself: sudo apt-get install chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver
