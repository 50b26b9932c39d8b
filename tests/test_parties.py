import pytest

from wgaclaims.errors import RegistryError
from wgaclaims.resolve.registry import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("speaker, party", [
    ("the WGA negotiating committee", "WGA"),
    ("Writers Guild of America, West", "WGA"),
    ("AMPTP President Carol Lombardini", "AMPTP"),
    ("Los Angeles Mayor Karen Bass", "Bass"),
    ("SAG-AFTRA President Fran Drescher", "SAG-AFTRA"),
    ("the Directors Guild", "DGA"),
    ("a bass player", None),  # names are matched case-sensitively, as written
])
def test_names_in_a_speaker(registry, speaker, party):
    names = registry.find_names(speaker)
    assert (names[0].party if names else None) == party


def test_nouns_point_to_parties(registry):
    assert registry.parties_for_noun("alliance") == ["AMPTP"]
    assert set(registry.parties_for_noun("union")) >= {"WGA", "SAG-AFTRA"}


def test_none_registry_maps_nothing():
    assert load_registry("none").find_names("the WGA said") == []


def test_user_registry_replaces_or_extends(tmp_path):
    own = tmp_path / "uaw.toml"
    own.write_text('[[party]]\nid = "UAW"\nname = "United Auto Workers"\naliases = ["UAW"]\n')
    assert [p.id for p in load_registry(own).parties] == ["UAW"]
    own.write_text('extends = "default"\n' + own.read_text())
    assert [p.id for p in load_registry(own).parties][-1] == "UAW"
    assert "WGA" in load_registry(own).by_id


def test_registry_years(tmp_path):
    assert load_registry().years == ()  # the default: WGA and AMPTP bargain every 3 years
    own = tmp_path / "wga2017.toml"
    own.write_text('extends = "default"\nyears = [2018, 2016, 2017]\n')
    registry = load_registry(own)
    assert registry.years == (2016, 2017, 2018)
    assert [p.id for p in registry.parties] == [p.id for p in load_registry().parties]
    own.write_text('years = [2023]\n[[party]]\nid = "UAW"\n')
    assert (load_registry(own).years, [p.id for p in load_registry(own).parties]) == (
        (2023,), ["UAW"])


def test_a_party_colour_is_kept_lowercase_and_optional(tmp_path):
    path = tmp_path / "own.toml"
    path.write_text('[[party]]\nid = "A"\ncolour = "#5BC8DC"\n[[party]]\nid = "B"\n')
    assert [p.colour for p in load_registry(path).parties] == ["#5bc8dc", None]


@pytest.mark.parametrize("body, message", [
    ('[[party]\nid = "X"\n', "bad.toml:1: not valid TOML"),
    ('[[party]]\nid = "A"\naliases = ["Same"]\n[[party]]\nid = "B"\naliases = ["Same"]\n',
     "given to both"),
    ('[[party]]\nid = "A"\n[[party]]\nid = "A"\n', "duplicate party id"),
    ('[[party]]\nid = "A"\nkind = "robot"\n', "kind must be"),
    ('[[party]]\nid = "A"\nalias = ["typo"]\n', "unknown key 'alias'"),
    ('title = "no parties"\n', "no [[party]] tables"),
    ('extends = "defualt"\n[[party]]\nid = "A"\n', 'bad.toml:1: extends must be "default"'),
    ('# years of the dispute\nyear = [2023]\n[[party]]\nid = "A"\n',
     "bad.toml:2: unknown key 'year'"),
    ('years = 2023\n[[party]]\nid = "A"\n', "bad.toml:1: 'years' must be a list"),
    ('years = ["2023"]\n[[party]]\nid = "A"\n', "four-digit years"),
    ('years = [23]\n[[party]]\nid = "A"\n', "four-digit years"),
    ('years = []\n[[party]]\nid = "A"\n', "four-digit years"),
    ('years = [true]\n[[party]]\nid = "A"\n', "four-digit years"),
    ('[[party]]\nid = "A"\ncolour = "teal"\n', 'bad.toml:3: party \'A\': colour must be a hex'),
    ('[[party]]\nid = "A"\ncolour = "#12345"\n', "colour must be a hex"),
    ('[[party]]\nid = "A"\ncolour = "#fff; background: url(x)"\n', "colour must be a hex"),
    ('[[party]]\nid = "A"\ncolour = 5\n', "bad.toml:3: party 'A': colour must be a hex"),
    ('[[party]]\nid = "A"\ncolor = "#fff"\n', "unknown key 'color' (it is spelled 'colour')"),
    ('[[party]]\nid = "A"\nroles = "writer"\n', "party 'A': 'roles' must be a list"),
    ('[[party]]\nid = "A"\nroles = ["writer", ""]\n', "'roles' must be a list of non-empty"),
    ('[[party]]\nname = "Nobody"\n', "party 1 has no 'id'"),
    ('[[party]]\nid = "A"\naliases = "Alpha"\n',
     "party 'A': 'aliases' must be a list of non-empty strings"),
    ('[[party]]\nid = "A"\nmembers = ["Ann", " "]\n', "'members' must be a list"),
])
def test_malformed_registry_names_file_and_problem(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_a_registry_that_cannot_be_read_says_why(tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[[party]]\nid = "Caf\u00e9"\n'.encode("latin-1"))
    with pytest.raises(RegistryError, match="is not UTF-8 text"):
        load_registry(latin)
    with pytest.raises(RegistryError, match="cannot read the registry"):
        load_registry(tmp_path / "missing.toml")


UAW_ARTICLE = ('"We are not going back until we win a fair contract," United Auto Workers '
               'President Shawn Fain said on Friday. "Ford has the money," Fain said.')


def test_a_custom_registry_changes_the_attribution(parsed, claims_component, tmp_path):
    import spacy

    from wgaclaims.output.registry_view import template_text

    own = tmp_path / "uaw.toml"
    own.write_text(template_text(), encoding="utf-8")
    custom_component = spacy.blank("en").add_pipe("wgaclaims", config={"parties": str(own)})
    default = claims_component.find(parsed(UAW_ARTICLE))
    custom = custom_component.find(parsed(UAW_ARTICLE))
    assert [c.content for c in custom] == [c.content for c in default]
    assert [c.party for c in default] == [None, None]
    assert [c.party for c in custom] == ["UAW", "UAW"]


def run_parties(*args):
    from click.testing import CliRunner

    from wgaclaims.cli import cli

    return CliRunner().invoke(cli, ["parties", *args], catch_exceptions=False)


def test_parties_lists_the_default_registry_as_json():
    import json

    data = json.loads(run_parties("--format", "json").output)
    assert data["registry"] == "default" and data["years"] == []
    assert [p["id"] for p in data["parties"]] == ["WGA", "AMPTP", "SAG-AFTRA", "DGA", "Bass"]
    assert list(data["parties"][0]) == ["id", "name", "kind", "aliases", "nouns", "members",
                                      "roles", "colour"]
    assert data["parties"][0]["colour"] == "#56b4e9"
    assert "Fran Drescher" in data["parties"][2]["members"]


def test_parties_table_and_none():
    table = run_parties("--format", "table").output
    assert table.startswith("default: 5 parties") and "organization" in table
    assert "SAG-AFTRA" in table and "Bass" in table
    assert '"parties": []' in run_parties("--parties", "none").output


def test_parties_template_loads_and_extends(tmp_path):
    import json

    template = run_parties("--template").output
    assert template.startswith("#") and '# extends = "default"' in template
    own = tmp_path / "uaw.toml"
    own.write_text(template, encoding="utf-8")
    ids = [p["id"] for p in json.loads(run_parties("--parties", str(own)).output)["parties"]]
    assert ids == ["UAW", "Ford", "GM", "Stellantis"]
    own.write_text(template.replace('# extends = "default"', 'extends = "default"'))
    ids = [p["id"] for p in json.loads(run_parties("--parties", str(own)).output)["parties"]]
    assert ids == ["WGA", "AMPTP", "SAG-AFTRA", "DGA", "Bass", "UAW", "Ford", "GM", "Stellantis"]
    own.write_text(template.replace("# years = [2023]", "years = [2023]"))
    assert json.loads(run_parties("--parties", str(own)).output)["years"] == [2023]
    table = run_parties("--parties", str(own), "--format", "table").output
    assert "4 parties, articles from 2023" in " ".join(table.split())


def test_parties_with_a_bad_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[party]]\nid = "A"\nkind = "robot"\n')
    result = run_parties("--parties", str(bad))
    assert result.exit_code == 2 and "kind must be" in result.output


def test_roles_are_registry_data(registry, tmp_path):
    assert registry.role_parties("showrunner") == ["WGA"]
    assert registry.role_parties("actor") == ["SAG-AFTRA"]
    assert set(registry.role_parties("strike captain")) == {"WGA", "SAG-AFTRA", "DGA"}
    own = tmp_path / "own.toml"
    own.write_text('[[party]]\nid = "UAW"\nroles = ["Autoworker"]\n')
    assert load_registry(own).role_parties("autoworker") == ["UAW"]


def test_a_hyphenated_member_is_known_by_the_whole_surname(registry):
    assert registry.member_surnames()["Crabtree-Ireland"] == "SAG-AFTRA"
