import pytest

from wgaclaims.errors import RegistryError
from wgaclaims.parties import load_registry


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


@pytest.mark.parametrize("body, message", [
    ('[[party]\nid = "X"\n', "bad.toml:1: not valid TOML"),
    ('[[party]]\nid = "A"\naliases = ["Same"]\n[[party]]\nid = "B"\naliases = ["Same"]\n',
     "given to both"),
    ('[[party]]\nid = "A"\n[[party]]\nid = "A"\n', "duplicate party id"),
    ('[[party]]\nid = "A"\nkind = "robot"\n', "kind must be"),
    ('[[party]]\nid = "A"\nalias = ["typo"]\n', "unknown key 'alias'"),
    ('title = "no parties"\n', "no [[party]] tables"),
])
def test_malformed_registry_names_file_and_problem(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(path) in str(err.value) and message in str(err.value)
