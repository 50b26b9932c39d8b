"""Ranges: the per-document index of character ranges answers as a pass over them all."""

from hypothesis import given
from hypothesis import strategies as st

from wgaclaims.rules.ranges import Ranges

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(
    lambda s: (s[0], s[0] + s[1])), max_size=25)


@given(spans, st.integers(-2, 85), st.integers(0, 10), spans)
def test_ranges_answer_as_a_scan(items, start, width, added):
    ranges = Ranges((s, e, n) for n, (s, e) in enumerate(items))
    everything = list(enumerate(items))
    for s, e in added:  # ranges added one by one as a rule finds them
        ranges.add(s, e, len(everything))
        everything.append((len(everything), (s, e)))
    end = start + width
    by_start = sorted(everything, key=lambda item: item[1][0])  # stable: ties as added
    assert [v for _, _, v in ranges.overlapping(start, end)] == [
        n for n, (s, e) in by_start if s < end and e > start]
    assert [v for _, _, v in ranges.at(start)] == [n for n, (s, e) in by_start if s <= start < e]
    assert ranges.holds(start) == any(s <= start < e for _, (s, e) in everything)
    assert len(ranges) == len(everything)
