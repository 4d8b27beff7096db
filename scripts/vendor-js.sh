#!/usr/bin/env bash
# Refreshes the JavaScript libraries served as static files (no npm build in the app itself).
# Usage: scripts/vendor-js.sh [bpmn-js version] [echarts version]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-18.31.1}"
echarts_version="${2:-5.6.0}"
target=src/main/resources/META-INF/resources/vendor/bpmn-js
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "bpmn-js@$version" >/dev/null && tar xzf bpmn-js-*.tgz)
mkdir -p "$target"
cp "$work/package/dist/bpmn-navigated-viewer.production.min.js" "$target/"
cp "$work/package/dist/assets/diagram-js.css" "$work/package/dist/assets/bpmn-js.css" "$target/"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "bpmn-js $version" > "$target/VERSION"
echo "Vendored bpmn-js $version into $target"

target=src/main/resources/META-INF/resources/vendor/echarts
(cd "$work" && npm pack --silent "echarts@$echarts_version" >/dev/null && tar xzf echarts-*.tgz --one-top-level=echarts)
mkdir -p "$target"
cp "$work/echarts/package/dist/echarts.min.js" "$target/"
cp "$work/echarts/package/LICENSE" "$target/LICENSE"
echo "echarts $echarts_version" > "$target/VERSION"
echo "Vendored echarts $echarts_version into $target"
