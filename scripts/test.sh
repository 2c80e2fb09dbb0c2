#!/usr/bin/env bash
# The whole test suite: unit and API tests (on SQLite and PostgreSQL), then browser tests that
# drive the built app in Debian's Chromium with two partners in two browser contexts.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-packages.sh
npm run build
npx vitest run
npx vitest run --config e2e/vitest.config.ts
