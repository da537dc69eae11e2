#!/usr/bin/env bash
# The test command of the README: installs the real components the tests start (when it can),
# runs every test project, and ends with the totals on a line of their own.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the integration tests start on loopback (Prometheus, SMTP, PostgreSQL, Go for the Helm renderer),
# the CJK font banner, cover and report chart images are drawn with (fonts-wqy-microhei), and the headless browser
# the effect report is opened in (chromium).
packages=(prometheus python3-aiosmtpd postgresql golang-go golang-github-masterminds-sprig-dev golang-gopkg-yaml.v3-dev fonts-wqy-microhei chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/tmp/contentops-apt.log 2>&1 \
      || echo "warning: apt-get failed (see /tmp/contentops-apt.log); tests that need ${missing[*]} will fail"
  else
    echo "warning: missing Debian packages ${missing[*]}; install them (apt-get install -y ${missing[*]})"
  fi
fi

log=$(mktemp)
dotnet test ContentOps.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) { gsub(/ /, "", $i) }
    for (i = 1; i < NF; i++) {
      if ($i ~ /Failed$/) f += $(i+1); if ($i == "Passed") p += $(i+1); if ($i == "Skipped") s += $(i+1) } }
  END { printf "%d %d %d\n", p, f, s }')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
