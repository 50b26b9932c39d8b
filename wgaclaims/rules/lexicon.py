"""The cue lexicon: which words introduce claims, loaded from data/cues.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from .frames import Frame


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    objects: frozenset[str]
    evidence: frozenset[str]
    evidence_sources: frozenset[str]
    nouns: frozenset[str]
    object_content: frozenset[str]
    xcomp_content: frozenset[str]
    phrase_content: frozenset[str]
    not_positions: frozenset[str]
    forms: dict[str, str]  # word form -> the lemma the model should have given it
    needs_complement: frozenset[str]
    object_infinitive: frozenset[str]
    occasions: frozenset[str]
    document_verbs: frozenset[str]
    aside_only: frozenset[str]
    states: frozenset[str]  # word forms: "confident", "worried"
    states_with_make: frozenset[str]  # "made clear that"
    phrasal: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], Frame], ...]  # ((verb lemma, words...), frame)
    according: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    roles: frozenset[str]
    refusals: tuple[tuple[str, ...], ...]  # positions when negated: "would not agree to"
    set_off: frozenset[str]  # "according" words only at a sentence's end: ", per Deadline."

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every lemma that can start a cue: tokens with none of these are skipped unread."""
        return (self.speech | self.cognition | self.objects | self.evidence | self.nouns
                | self.document_verbs | self.aside_only | frozenset(self.forms.values())
                | frozenset(p[0] for p, _ in self.phrases)
                | frozenset(p[0] for p in self.refusals)
                | frozenset(p.split()[0] for p in self.phrasal))

    @cached_property
    def cue_forms(self) -> frozenset[str]:
        """Word forms that can start a cue whatever their lemma ("according", "hoping")."""
        return (frozenset(self.forms) | frozenset(p[0] for p in self.according)
                | self.set_off | self.states | self.states_with_make)

    def frame(self, lemma: str) -> Frame | None:
        """The frame a single-word cue belongs to, speech first."""
        if lemma in self.speech:
            return "speech"
        if lemma in self.cognition:
            return "cognition"
        if lemma in self.objects:
            return "object"
        if lemma in self.evidence:
            return "evidence"
        return None


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    # Longest first, so "push back against" wins over a shorter phrase.
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=len, reverse=True))


def _framed(frames: dict[Frame, list[str]]) -> tuple[tuple[tuple[str, ...], Frame], ...]:
    items = [(tuple(p.lower().split()), frame) for frame, ps in frames.items() for p in ps]
    return tuple(sorted(items, key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = resources.files("wgaclaims").joinpath("data/cues.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return Lexicon(
        speech=frozenset(data["speech"]["lemmas"]),
        cognition=frozenset(data["cognition"]["lemmas"]),
        objects=frozenset(data["object"]["lemmas"]),
        evidence=frozenset(data["evidence"]["lemmas"]),
        evidence_sources=frozenset(data["evidence"]["sources"]),
        nouns=frozenset(data["noun"]["lemmas"]),
        object_content=frozenset(data["speech"]["object_content"]),
        xcomp_content=frozenset(data["speech"]["xcomp_content"]),
        phrase_content=frozenset(data["speech"]["phrase_content"]),
        not_positions=frozenset(data["position"]["not_positions"]),
        forms=dict(data["forms"]),
        needs_complement=frozenset(data["object"]["needs_complement"]),
        object_infinitive=frozenset(data["object"]["infinitive"]),
        occasions=frozenset(data["object"]["occasions"]),
        document_verbs=frozenset(data["speech"]["document_verbs"]),
        aside_only=frozenset(data["speech"]["aside_only"]),
        states=frozenset(data["state"]["forms"]),
        states_with_make=frozenset(data["state"]["with_make"]),
        phrasal=frozenset(p.lower() for p in data["speech"]["phrasal"]),
        phrases=_framed({"position": data["position"]["phrases"],
                          "object": data["object"]["phrases"]}),
        according=_phrases(data["according"]["phrases"]),
        documents=frozenset(data["documents"]["nouns"]),
        roles=frozenset(data["roles"]["nouns"]),
        refusals=_phrases(data["position"]["refusals"]),
        set_off=frozenset(data["according"]["set_off"]),
    )
