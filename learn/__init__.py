"""`make learn`: recorded HTTP exchanges (HAR) in, the spec change they call for out: a report,
an OpenAPI Overlay and, with APPLY=1, edits of the sources under openapi/ (then `make generate`).

    har.py          reads HAR 1.2 files (a live run's har.json, a browser's or a proxy's export)
    places.py       a node of the spec in the bundle and in the source file that defines it
    differences.py  what the answers show that the spec does not say, counted per operation
    proposals.py    the policy: each difference as an edit, with its evidence
    sanitize.py     personal data and secrets out of everything written
    outputs.py      report.md, overlay.yaml, the edits of the sources
"""
