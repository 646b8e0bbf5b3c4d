"""Reads a cockpit CSV the way Python's csv module does (semicolons, UTF-8 with a byte-order mark): rows of strings, as JSON."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    json.dump(list(csv.reader(f, delimiter=";")), sys.stdout, ensure_ascii=False)
