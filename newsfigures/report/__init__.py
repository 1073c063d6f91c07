"""Everything a reader sees: tables for people, HTML, charts in one palette, the notebooks and
the site. The analysis never imports from here."""
