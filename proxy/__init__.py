"""`make proxy`: the kit between an app and staging. Every exchange goes through as it came, is
checked against the spec both ways by learn's checker, counted in a drift summary
(`GET /__proxy/drift`, reports/proxy/drift.{md,json}) and recorded, scrubbed and bounded, as HAR
for `make learn LEARN_FROM=reports/proxy/`.

    settings.py   its settings (PROXY_*, UPSTREAM), declared once
    wire.py       forwarding's headers, where a request goes upstream, CORS, the proxy's 502s
    server.py     the HTTP side: forward, fall back to the mock, strict mode, write the reports
    watch.py      each exchange checked (learn/checker.py), logged, counted and recorded
    drift.py      the summary, as JSON and as Markdown
    recording.py  the HAR recording, scrubbed by learn/sanitize.py
"""
