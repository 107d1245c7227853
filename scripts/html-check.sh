#!/usr/bin/env bash
# Renders factdiff's HTML report of the seed articles in headless Chromium,
# takes a screenshot and checks that the counts by verdict are visible text.
#
#   scripts/html-check.sh          check; screenshot at /tmp/report.png
#   scripts/html-check.sh --docs   also refresh docs/report-html.png and
#                                  docs/report-terminal.png (needs aha for
#                                  the coloured terminal report)
#
# Skips (exit 0) with a message when Chromium is not installed; install it
# with `apt-get install -y chromium` (Debian). FACTDIFF=path picks the binary
# (default: target/release/factdiff, or under $CARGO_TARGET_DIR, brought up to
# date with cargo first).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

docs=0
[ "${1:-}" = "--docs" ] && docs=1

chromium=""
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chromium=$(command -v "$c"); break; fi
done
if [ -z "$chromium" ]; then
    echo "html-check: SKIPPED: Chromium is not installed (apt-get install -y chromium)"
    exit 0
fi

if [ -z "${FACTDIFF:-}" ]; then
    cargo build --release --quiet
fi
bin=${FACTDIFF:-${CARGO_TARGET_DIR:-$root/target}/release/factdiff}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Headless Chromium on a closed network: no sandbox (root), no GPU, no
# background traffic, a throwaway profile.
browse() {
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$work/profile" "$@" 2>/dev/null
}

fail() {
    echo "html-check: FAILED: $*" >&2
    exit 1
}

report=/tmp/report.html
shot=/tmp/report.png
# Exit status 1 only says there are conflicts; 2 is an error.
"$bin" check --format html -o "$report" || [ $? -eq 1 ] || fail "factdiff check --format html failed"
"$bin" check --format json >"$work/report.json" || [ $? -eq 1 ] || fail "factdiff check --format json failed"

# The counts, read from the JSON report, as the page must state them.
count() { sed -n '/"summary"/,/}/p' "$work/report.json" | sed -n "s/.*\"$1\": *\([0-9]*\).*/\1/p"; }
plural() { if [ "$1" = 1 ]; then echo "$1 $2"; else echo "$1 $3"; fi; }
expected="$(plural "$(count sources)" source sources): $(plural "$(count conflict)" conflict conflicts), \
$(plural "$(count variant)" variant variants), $(count agree) agree, $(count single) single"

browse --dump-dom "file://$report" >"$work/dom.html" || fail "Chromium could not load $report"
grep -qF "$expected" "$work/dom.html" || fail "the page does not state \"$expected\""
for label in conflict variant agree single; do
    grep -qE "<div class=\"count $label\"><span class=\"n\">$(count "$label")</span>" "$work/dom.html" ||
        fail "the $label count is not shown"
done
if grep -qiE "<script|onerror=" "$work/dom.html"; then
    fail "the page holds a script or an event handler"
fi

browse --screenshot="$shot" --window-size=1400,2000 "file://$report" >/dev/null || fail "no screenshot"
[ -s "$shot" ] || fail "the screenshot is empty"
echo "html-check: ok: \"$expected\" is shown; screenshot at $shot"

if [ "$docs" = 1 ]; then
    cp "$shot" docs/report-html.png
    echo "html-check: wrote docs/report-html.png"
    if command -v aha >/dev/null 2>&1; then
        "$bin" check --color always >"$work/terminal.ansi" || [ $? -eq 1 ] || fail "factdiff check failed"
        {
            echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
            echo 'body{background:#1e1e1e;color:#d4d4d4;margin:0;padding:16px}'
            echo 'pre{font:14px/1.35 "DejaVu Sans Mono",monospace;white-space:pre-wrap;margin:0}'
            echo '</style></head><body><pre>$ factdiff check'
            aha --no-header <"$work/terminal.ansi"
            echo '</pre></body></html>'
        } >"$work/terminal.html"
        browse --screenshot="$root/docs/report-terminal.png" --window-size=1400,1600 "file://$work/terminal.html" \
            >/dev/null || fail "no terminal screenshot"
        echo "html-check: wrote docs/report-terminal.png"
    else
        echo "html-check: docs/report-terminal.png not refreshed: aha is not installed (apt-get install -y aha)"
    fi
fi
