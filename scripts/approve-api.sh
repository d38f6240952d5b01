#!/usr/bin/env bash
# Approves public API changes: moves every api/<Assembly>.received.txt (written by a failing PublicApiTests test)
# over api/<Assembly>.txt. Review `git diff api/` afterwards and commit the .txt files.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
received=(api/*.received.txt)
if [ ${#received[@]} -eq 0 ]; then
  echo "approve-api: nothing to approve (no api/*.received.txt; run the PublicApiTests first)"
  exit 0
fi
for file in "${received[@]}"; do
  mv "$file" "${file%.received.txt}.txt"
  echo "approved ${file%.received.txt}.txt"
done
