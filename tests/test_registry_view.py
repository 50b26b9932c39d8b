"""`wgaclaims parties`: a registry as data and as a table, roles included."""

import io

from wgaclaims.output.registry_view import COLUMNS, party_dict, write_table
from wgaclaims.resolve.registry import Party, Registry

SHOWRUNNERS = Party("WG", "Writers' Group", aliases=("the group",), members=("Ann Lee",),
                    roles=("showrunner", "staff writer"))


def test_a_party_as_data_lists_its_roles():
    data = party_dict(SHOWRUNNERS)
    assert list(data) == list(COLUMNS)
    assert data["roles"] == ["showrunner", "staff writer"]
    assert party_dict(Party("X", "X Corp"))["roles"] == []


def test_the_table_has_a_roles_column_and_cuts_no_role():
    registry = Registry(parties=[SHOWRUNNERS], path="own.toml")
    out = io.StringIO()
    write_table(registry, out, width=80)
    text = out.getvalue()
    assert "roles" in text.splitlines()[2]
    flat = " ".join(text.replace("│", " ").replace("┃", " ").split())
    assert "showrunner" in flat and "staff" in flat and "writer" in flat
