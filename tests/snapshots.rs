//! CLI snapshots (trycmd): every output format and every exit status, on
//! standard input so that paths are the same everywhere. The cases are
//! tests/cmd/*.toml; `TRYCMD=overwrite cargo test --test snapshots` rewrites
//! their expected output after a deliberate change.
#![cfg(feature = "cli")]

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
