"""The HTML reference as `make docs` leaves it: Redoc 3's page with the Redocly logo of its sidebar
drawn from the page itself rather than fetched from Redocly's CDN (the one thing `--inlineBundle`
leaves remote), so that opening the page asks nothing of the network and a reader's address stays
theirs. tests/docs/test_html_reference.py opens it with every other request refused.

python -m tools.reference_html <page.html>"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

CDN_LOGO = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16">'
    '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>'
)
LOGO = "data:image/svg+xml," + quote(LOGO_SVG, safe="")


def offline(page: Path) -> int:
    """Rewrites `page` in place; how many remote logos it drew from the page instead."""
    text, replaced = CDN_LOGO.subn(LOGO, page.read_text(encoding="utf-8"))
    page.write_text(text, encoding="utf-8")
    return replaced


if __name__ == "__main__":
    offline(Path(sys.argv[1]))
