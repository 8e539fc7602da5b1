"""The authority's insights dashboard: the registry, the listings, the sales and the searches in numbers (selectors).

Every figure is one aggregate query in the database (`GROUP BY` with conditional counts and sums): nothing here
loops over artisans, products, orders or searches in Python, so a section costs the same handful of queries with
twenty artisans or twenty thousand. Python only fills the months that had nothing, and names countries.

Only counts and sums leave this module; the register of named artisans, with their personal data, is
`insights.register`.

A figure is a `Table`: its rows (a code that is the same in both languages, the name in Arabic and in English, and
one value per column), the column that is charted, and what the chart is (bars, a map of the governorates, or a
time series). The page draws the chart beside the table, and the CSV export writes the same table.

Definitions (the page states them too):
- **Registry**: every artisan and outlet in the registry, verified or not; gender, age and working time are asked of
  individual artisans only. Age is the years since the recorded birth year.
- **Sales** come from the ledger: an order line is a sale once its payment succeeded (`LedgerEntry` SALE: what the
  buyer paid for the piece, VAT included, shipping excluded); refunds are subtracted in the month of the order.
  Sales are dated by the order, grouped by the artisan's governorate and the piece's craft.
- **Buyers** are told apart by their e-mail address (an account's, else the guest's); a buyer is abroad when an
  order of theirs in the period was shipped outside Oman.
- **Searches** are grouped by the normalised query (the search app's spelling-folding), so "Khanjar", "khanjer" and
  "خنجر" that read the same are one row.

The package, one module per section, and what they share:
- `tables.py`: the shapes every section returns (`Table`, `Row`, `Column`, `Headline`, `Section`) and the helpers that
  fill them (a label in both languages, a row for every governorate, a share);
- `period.py`: the months a figure covers (`Period`) and the months' rows;
- `registry.py`, `listings.py`, `sales.py`, `searches.py`: each section's tables and headlines;
- `sections.py`: the sections in the page's order, and a table by its code (`dashboard_section`, `dashboard_table`).
"""
