#!/bin/sh
# Publishes the cockpit (server and verbs) precompiled (ReadyToRun) for this machine to out/cockpit, or to $1:
# it starts without the build check of `dotnet run` and with less JIT work (README, Benchmarks).
set -eu
cd "$(dirname "$0")/.."
dotnet publish dashboards/Cockpit.Dashboards -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o "${1:-out/cockpit}"
