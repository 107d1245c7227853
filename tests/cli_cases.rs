//! The command-line cases under `tests/cmd/` and the examples in the README,
//! run as written (trycmd): the README cannot drift from what factdiff does.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.md").case("README.md");
}
