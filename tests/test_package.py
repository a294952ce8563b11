import subprocess
import sys

import pytest

from wine_luigi.demo import demo_frames, main, write_demo


@pytest.mark.slow
def test_import_has_no_side_effects(tmp_path):
    probe = (
        "import logging, pyarrow; allocator = pyarrow.default_memory_pool().backend_name; import wine_luigi; "
        "print(len(logging.getLogger().handlers), len(logging.getLogger('luigi-interface').handlers), "
        "pyarrow.default_memory_pool().backend_name == allocator)"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "0", "True"]
    assert list(tmp_path.iterdir()) == []


def test_demo_is_deterministic_for_a_seed():
    a, b, c = demo_frames(200, 5), demo_frames(200, 5), demo_frames(200, 6)
    assert all(x.equals(y) for x, y in zip(a, b))
    assert not a[1]["total_sales"].equals(c[1]["total_sales"])


def test_demo_has_the_quirks_of_the_real_exports():
    erp, web, link = demo_frames()
    assert 790 <= len(erp) <= 810

    def by_sku(rows):
        return rows.set_index(rows["sku"].astype(str))

    products = by_sku(web[(web["post_type"] == "product") & web["sku"].notna()])
    attachments = by_sku(web[web["post_type"] == "attachment"])
    assert set(attachments.index) == set(products.index)
    differing = (attachments["total_sales"] != products.loc[attachments.index, "total_sales"]).sum()
    assert differing >= 1
    assert web["sku"].isna().sum() > 2 and (web["sku"].isna() & web["post_title"].notna()).sum() == 2
    skus = web["sku"].dropna()
    assert {"13127-1", "bon-cadeau-25-euros"} <= set(skus.astype(str))
    assert any(isinstance(s, int) for s in skus) and any(isinstance(s, str) and s.isdigit() for s in skus)
    assert link["id_web"].isna().any()
    assert ((erp["price"] < 0) & (erp["onsale_web"] == 0)).sum() == 1
    assert (erp["stock_quantity"] < 0).sum() == 1


def test_demo_command_leaves_existing_workbooks_alone(tmp_path, capsys):
    write_demo(tmp_path, products=50)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert main([str(tmp_path), "--if-empty", "--seed", "9"]) == 0
    assert "already holds workbooks" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_demo_command_never_overwrites_a_workbook_unless_forced(tmp_path, capsys):
    real = tmp_path / "Fichier_web.xlsx"
    real.write_bytes(b"the shop's real export")
    assert main([str(tmp_path), "--seed", "7"]) == 1
    assert (
        capsys.readouterr().err.strip()
        == f"not overwriting {real} (real exports?): choose another folder, or add --force"
    )
    assert real.read_bytes() == b"the shop's real export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Fichier_web.xlsx"]  # nothing else written either
    assert main([str(tmp_path), "--seed", "7", "--force"]) == 0
    assert real.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Fichier_erp.xlsx",
        "Fichier_web.xlsx",
        "fichier_liaison.xlsx",
    ]


@pytest.mark.slow
def test_the_package_builds_without_warnings_and_carries_its_templates(tmp_path):
    import zipfile

    from helpers import ROOT

    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    assert (
        "BuildBackendWarning" not in built.stderr and "is absent" not in built.stderr
    )  # setuptools on the templates folder
    names = zipfile.ZipFile(next(tmp_path.glob("wine_luigi-*.whl"))).namelist()
    templates = sorted(n for n in names if n.startswith("wine_luigi/templates/"))
    assert templates == [
        f"wine_luigi/templates/{t}"
        for t in ("failure.html", "failure.txt", "report.html", "success.html", "success.txt")
    ]


ALLOCATOR = (
    "import pyarrow, wine_luigi.memory as m; before = pyarrow.default_memory_pool().backend_name; "
    "print(before, m.use_jemalloc(), pyarrow.default_memory_pool().backend_name)"
)


@pytest.mark.slow
def test_a_month_allocates_from_jemalloc_unless_told_otherwise(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    done = subprocess.run([sys.executable, "-c", ALLOCATOR], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1:] == ["True", "jemalloc"]
    forced = subprocess.run(
        [sys.executable, "-c", ALLOCATOR],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**env, "ARROW_DEFAULT_MEMORY_POOL": "system"},
    )
    assert forced.stdout.split() == ["system", "False", "system"]


def test_the_private_names_of_luigi_the_package_relies_on_are_there():
    """Each private name of Luigi is used in one module (the email helpers: notify.py, pinned in test_notify.py):
    an upgrade of Luigi that removes or changes one fails here, not in a user's run."""
    import luigi

    # command/shell.py: the exit code Luigi's `luigi` command gives, by its own rule (luigi.retcodes)
    from luigi import execution_summary
    from luigi.configuration import LuigiConfigParser

    assert callable(execution_summary._summary_dict) and callable(execution_summary._root_task)
    assert {"completed", "already_done", "failed", "still_pending_ext", "scheduling_error", "not_run"} <= set(
        execution_summary._ORDERED_STATUSES
    ), f"luigi {luigi.__version__}: the outcomes of a run changed"
    assert "run_by_other_worker" in execution_summary._ORDERED_STATUSES
    assert all(isinstance(p, str) for p in LuigiConfigParser._config_paths)  # settings.py: the files read
    assert luigi.Parameter(default="x")._default == "x"  # settings.py: a setting's default
