"""Runs on a Dask cluster: a LocalCluster of two worker processes stands in for one."""

import os
from importlib.metadata import PackageNotFoundError

import pytest
from click.testing import CliRunner

from wgaclaims import cluster, pipeline
from wgaclaims.cli import cli
from wgaclaims.errors import UsageError
from wgaclaims.input.sources import article_from_text

from .conftest import SAMPLES, golden_claim_count

distributed = pytest.importorskip("distributed")

TEXTS = [
    '"We will not sign a bad deal," the union said on Monday.',
    "The studios said they had made their best offer.",
    'The guild told members that the strike would go on. "We are united," a captain said.',
    "Nothing was said today.",
    '"Our offer stands," the alliance said in a statement.',
]


@pytest.fixture(scope="module")
def scheduler(warm_cli):
    """The address of a cluster of two worker processes, one thread each."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local.scheduler_address


def run(*args):
    return CliRunner().invoke(cli, ["extract", *map(str, args), "--format", "jsonl"],
                              catch_exceptions=False)


def test_a_cluster_writes_what_jobs_1_writes_in_input_order(scheduler):
    local = run(SAMPLES, "--jobs", "1")
    remote = run(SAMPLES, "--scheduler", scheduler)
    assert local.exit_code == remote.exit_code == 0
    assert remote.stdout and remote.stdout == local.stdout
    assert remote.stderr.splitlines()[-1] == (
        f"5 articles read, {golden_claim_count()} claims found")


def test_a_lost_worker_costs_a_batch_run_again_never_a_claim(nlp, scheduler):
    payloads = [[(text * (n % 3 + 1), False, (f"t{n}", None, None, None))]
                for n, text in enumerate(TEXTS * 4)]
    expected = [pipeline.analyse(nlp, p) for p in payloads]
    with distributed.Client(scheduler, set_as_default=False) as client:
        pool = cluster.ClusterPool(scheduler, None, client=client)
        got = []
        for key, result in pool.map(enumerate(payloads), window=6):
            if key == 1:  # batches are out on both workers: end one of them
                victim = sorted(client.scheduler_info()["workers"])[0]
                client.run(os._exit, 1, workers=[victim], on_error="ignore", wait=False)
            got.append(result)
    assert got == expected


def test_the_library_turns_a_bag_of_texts_or_articles_into_claim_records(nlp, scheduler):
    import dask.bag as db

    articles = [article_from_text(f"a{n}.txt", text) for n, text in enumerate(TEXTS)]
    expected = [c.to_dict() for c in pipeline.extract_claims(articles, nlp=nlp)]
    with distributed.Client(scheduler, set_as_default=False) as client:
        records = client.compute(cluster.claims_bag(db.from_sequence(articles, npartitions=2)),
                                 sync=True)
        assert records == expected
        named = client.compute(cluster.claims_bag(db.from_sequence(TEXTS, npartitions=2)),
                               sync=True)
    assert [r["content"] for r in named] == [r["content"] for r in expected]
    assert named[0]["source"] == "<text 0:0>" and named[-1]["source"].startswith("<text 1:")


def test_an_unreachable_scheduler_is_a_usage_error_saying_what_to_check(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--scheduler",
                                      "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "check the address and that the scheduler is running" in result.stderr


@pytest.mark.parametrize("versions, message", [
    ({}, "has no workers; start some with `dask worker`"),
    ({"tcp://w:1": "0.1.0", "tcp://w:2": PackageNotFoundError("wgaclaims")},
     "the Dask worker tcp://w:2 cannot import wgaclaims (PackageNotFoundError('wgaclaims')); "
     "install it on every worker: pip install 'wgaclaims[dask]'"),
    ({"tcp://w:1": "0.0.9"}, "the Dask worker tcp://w:1 runs wgaclaims 0.0.9, this machine"),
])
def test_workers_without_wgaclaims_or_with_another_version_are_refused(versions, message):
    with pytest.raises(UsageError) as refused:
        cluster.check_workers(versions, "tcp://s:8786")
    assert message in str(refused.value)
