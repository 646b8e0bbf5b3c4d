#!/bin/sh
# Rebuilds wwwroot/assets/vendor/codemirror-6.min.js, the SQL workbench's editor, from npm.
# Needed only to upgrade CodeMirror: building, running and testing the cockpit use the committed file, no node.
# Needs node and npm; works in a throw-away directory. Then update codemirror-6.VERSION (the versions npm printed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
vendor="$here/../dashboards/Cockpit.Dashboards/wwwroot/assets/vendor"
work=$(mktemp -d)
cp "$here/codemirror-entry.js" "$work/entry.js"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund codemirror@6 @codemirror/lang-sql@6 @codemirror/view@6 @codemirror/state@6 esbuild@0.28.2
npx esbuild entry.js --bundle --minify --format=iife --global-name=CodeMirror --legal-comments=none --target=es2020 --outfile="$vendor/codemirror-6.min.js"
cp node_modules/codemirror/LICENSE "$vendor/codemirror-6.LICENSE"
npm ls --all
sha256sum "$vendor/codemirror-6.min.js"
