import subprocess
import sys

from wine_luigi.demo import demo_frames, main, write_demo


def test_import_has_no_side_effects(tmp_path):
    probe = (
        "import logging, wine_luigi; "
        "print(len(logging.getLogger().handlers), len(logging.getLogger('luigi-interface').handlers))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "0"]
    assert list(tmp_path.iterdir()) == []


def test_demo_is_deterministic_for_a_seed():
    a, b, c = demo_frames(200, 5), demo_frames(200, 5), demo_frames(200, 6)
    assert all(x.equals(y) for x, y in zip(a, b))
    assert not a[1]["total_sales"].equals(c[1]["total_sales"])


def test_demo_has_the_quirks_of_the_real_exports():
    erp, web, link = demo_frames()
    assert 790 <= len(erp) <= 810
    by_sku = lambda rows: rows.set_index(rows["sku"].astype(str))
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
