#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver. Installs both when they are
# missing and this user may (root, or sudo without a password); otherwise says what to install.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "The browser tests need Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null \
  || { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null; }
