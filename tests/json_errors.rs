//! JSON syntax errors say the same thing at the same place natively and in the browser:
//! `tests/fixtures/json-errors.json` is the table both sides are held to (this test, and
//! `tests/loader/json-errors.test.mjs` for the loader's `describeJsonError`).

use gloss_cli::json::parse_json;

#[test]
fn json_syntax_errors_match_the_shared_table() {
    let table = std::fs::read_to_string("tests/fixtures/json-errors.json").expect("the table");
    let rows: Vec<(String, String, String)> = serde_json::from_str(&table).expect("rows");
    assert!(rows.len() >= 15, "the table lost rows");
    for (name, text, expected) in rows {
        let error = parse_json(&text).expect_err(&name);
        assert_eq!(error.to_string(), expected, "{name}");
    }
}

#[test]
fn nesting_deeper_than_serde_json_takes_is_an_error_not_a_crash() {
    let error = parse_json(&"[".repeat(100_000)).expect_err("too deep");
    assert!(error.to_string().contains("nested too deeply"), "{error}");
}
