"""What the claim rules alone cost per word, against the length of the text they read.

    .venv/bin/python benchmarks/rules_by_length.py             # 10,000 to 100,000 characters

Parses one stretch of real text per length (the PolNeAR texts where they lie,
never copied; see throughput.py), then times the claims component on the
parsed Doc: CPU seconds, the least of --repeat runs, in milliseconds per 1,000
words. A step that passes over the whole document for every claim shows as a
cost per word that grows with the length; one that works from indexes built
once per document stays flat. Pieces are at most 100,000 characters
(pipeline.PIECE_CHARS), so no Doc is longer.
"""

from __future__ import annotations

import argparse
import time

from throughput import POLNEAR, polnear_texts, stretches, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from wgaclaims import extract_claims, load_pipeline
    from wgaclaims.input.sources import article_from_text
    from wgaclaims.pipeline import CLAIMS_PIPE, analysis_text

    nlp = load_pipeline()
    extract_claims('"We will strike on Friday," the union said on Tuesday, Aug. 8, 2023.',
                   nlp=nlp, article_date="2023-08-10")  # the date parser's first use
    component = nlp.get_pipe(CLAIMS_PIPE)
    texts = polnear_texts(POLNEAR)
    for size in args.lengths:
        text = stretches(texts, size, 1)[0]
        doc = nlp(analysis_text(article_from_text("bench.txt", text)), disable=[CLAIMS_PIPE])
        times = []
        for _ in range(args.repeat):
            started = time.process_time()
            component(doc)
            times.append(time.process_time() - started)
        print(f"{len(text):>9,} chars, {words([text]):>6,} words: rules {min(times):.3f} s CPU, "
              f"{1e6 * min(times) / words([text]):.1f} ms per 1,000 words "
              f"({len(getattr(doc._, component.claims_attr))} claims)", flush=True)


if __name__ == "__main__":
    main()
