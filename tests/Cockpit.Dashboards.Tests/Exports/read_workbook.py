"""Reads an .xlsx the way openpyxl (a real client) sees it: per sheet, per row, each cell's type and value, as JSON.

Types: "s" text, "n" number, "b" boolean, "d" date or date-time (ISO 8601), null for an empty cell."""
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return {"t": "b", "v": v}
    if isinstance(v, (int, float)):
        return {"t": "n", "v": v}
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {"t": "d", "v": v.isoformat(), "format": c.number_format}
    return {"t": "s", "v": str(v)}


book = openpyxl.load_workbook(sys.argv[1])
json.dump({ws.title: [[cell(c) for c in row] for row in ws.iter_rows()] for ws in book.worksheets}, sys.stdout, ensure_ascii=False)
