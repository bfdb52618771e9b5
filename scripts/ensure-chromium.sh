#!/usr/bin/env bash
# The widget's browser tests run in Debian's Chromium (never a Playwright download: browsers
# cannot be fetched here). A fresh machine does not have it, so install it when it is missing.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium is installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
  echo "/usr/bin/chromium is missing: install Debian's chromium (apt-get install chromium) as root." >&2
  exit 1
fi

echo "installing chromium from Debian's packages (quietly, about a minute)…"
log="$(mktemp)"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
echo "chromium is installed"
