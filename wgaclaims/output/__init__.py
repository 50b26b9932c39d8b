"""Writing: claims into the formats people read and analyse.

    writers.py        which writer writes which format
    records.py        JSON, JSON lines, CSV and TSV from Claim.to_dict()
    columns.py        the fields --fields chooses, and each field's type
    database.py       SQLite for Datasette: articles and claims tables, search
    parquet.py        Parquet with typed columns
    table.py          rich tables on a terminal
    report.py         the self-contained HTML report (spans.py lays out its marks,
                      report_summary.py writes its opening summary and timeline)
    summary.py        figures over many claims
    registry_view.py  a party registry shown as data, a table or a starter file
    colours.py        the colour of each party, on a terminal and in the report
"""
