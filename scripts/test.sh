#!/usr/bin/env bash
# The whole test suite, as `make test` runs it (and CI through .ci/run).
# Installs what the tests need beyond Python packages (Debian's chromium) when missing,
# makes sure PostgreSQL answers when it is installed, then runs pytest twice: the main
# suite on both cores, and the Spark suite in one process (one Spark session per run).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

# chromium for browser tests; a Japanese font so pages and screenshots render kanji
if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/opentype/ipafont-gothic ]; then
  echo "== installing Debian's chromium and a Japanese font for browser tests"
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null) \
      || echo "!! could not install chromium; browser tests will skip (fail in CI)"
  else
    echo "!! not root: cannot install chromium; browser tests will skip (fail in CI)"
  fi
fi

if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "== starting PostgreSQL"
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi

export PYTHONHASHSEED=0
status=0
"$BIN/pytest" -q -n 2 --dist loadgroup -m "not spark" "$@" || status=$?
[ "$status" = 5 ] && status=0
if [ "$status" = 0 ]; then
  "$BIN/pytest" -q -m spark "$@"
  s2=$?
  [ "$s2" = 5 ] && s2=0
  status=$s2
fi
exit "$status"
