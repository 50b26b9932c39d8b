"""The report's party colours stay apart for readers with a colour-vision deficiency.

Each colour is seen as a protanope, deuteranope or tritanope sees it (Machado,
Oliveira and Fernandes 2009, full severity, in linear RGB), and every pair must
stay at least MIN_DISTANCE apart in CIELAB; caption text (#111) must keep a
contrast of 4.5 on each.
"""

import itertools
import math

import pytest

from wgaclaims.output.colours import UNATTRIBUTED
from wgaclaims.resolve.registry import load_registry

SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
MIN_DISTANCE = 15  # CIE76; the colours before this test: 2.4 for WGA and AMPTP, deuteranopia


def linear(hex_colour: str) -> list[float]:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(hex_colour: str, matrix) -> tuple[float, float, float]:
    rgb = linear(hex_colour)
    return lab([sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix])


def luminance(hex_colour: str) -> float:
    r, g, b = linear(hex_colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


COLOURS = {p.id: p.colour for p in load_registry().parties} | {"no party": UNATTRIBUTED}


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_pair_of_party_colours_stays_apart(vision):
    matrix = SIMULATIONS[vision]
    for (a, ca), (b, cb) in itertools.combinations(COLOURS.items(), 2):
        distance = math.dist(seen(ca, matrix), seen(cb, matrix))
        assert distance >= MIN_DISTANCE, (vision, a, b, round(distance, 1))


def test_caption_text_stays_readable_on_every_colour():
    for party, colour in COLOURS.items():
        contrast = (luminance(colour) + 0.05) / (luminance("#111111") + 0.05)
        assert contrast >= 4.5, (party, round(contrast, 1))
