"""Writing: claims into the formats people read and analyse.

    writers.py        which writer writes which format
    records.py        JSON, JSON lines and CSV from Claim.to_dict()
    table.py          rich tables on a terminal
    report.py         the self-contained HTML report (spans.py lays out its marks)
    summary.py        figures over many claims
    registry_view.py  a party registry shown as data, a table or a starter file
    colours.py        the colour of each party on a terminal
"""
