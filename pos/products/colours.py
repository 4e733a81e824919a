"""A category's tile colour as the catalog carries it: ``#rrggbb`` in lower case, or "" (the
tile takes its place's colour). One pattern for the catalog file (pos.products.catalog), the
sync protocol's product data (pos.sync.protocol) and so the district's catalog."""

from __future__ import annotations

COLOUR_PATTERN = r"^(#[0-9a-f]{6})?$"
