//! The article format: every valid fixture parses, and each kind of bad input gets its
//! own message, naming the JSON path and, for text, the line and column.

mod common;

use gloss_cli::json::{article_from_json, glossary_from_json};
use gloss_model::{Block, Kind};

use std::path::Path;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

#[test]
fn valid_fixtures_parse() {
    for name in [
        "tests/fixtures/minimal.json",
        "tests/fixtures/all-blocks.json",
        "www/demo/article.json",
    ] {
        let article = article_from_json(&fixture(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .value;
        assert!(!article.title.is_empty(), "{name}");
        assert!(!article.body.is_empty(), "{name}");
    }
    let entities = glossary_from_json(&fixture("tests/fixtures/glossary.json")).unwrap();
    assert_eq!(entities.value.len(), 2);
}

#[test]
fn every_block_type_reads() {
    let read = article_from_json(&fixture("tests/fixtures/all-blocks.json")).unwrap();
    assert_eq!(read.warnings.len(), 1, "one unknown field");
    assert_eq!(
        read.warnings[0].to_string(),
        "someFieldFromTheFuture: unknown field, ignored"
    );
    let article = read.value;
    assert_eq!(
        article.body[0],
        Block::Paragraph {
            text: "A plain paragraph as a string.".into()
        }
    );
    assert_eq!(
        article.body[2],
        Block::Heading {
            text: "A heading".into(),
            level: 3
        }
    );
    assert_eq!(
        article.body[3],
        Block::Quote {
            text: "A quotation.".into(),
            cite: Some("Someone quoted".into())
        }
    );
    assert_eq!(
        article.body[4],
        Block::List {
            ordered: true,
            items: vec!["First".into(), "Second".into()]
        }
    );
    assert_eq!(article.entities[0].kind, Kind::Person);
    assert_eq!(article.image.unwrap().credit.as_deref(), Some("Someone"));
}

#[test]
fn seed_article_parses() {
    let Some(text) = common::shared_fixture("seed-article.json") else {
        return;
    };
    let article = article_from_json(&text).unwrap().value;
    assert_eq!(article.title, "China Seeks Its Way Back to Interpol");
    assert_eq!(article.body.len(), 10);
}

/// Each row: a name, the input, and the exact message it must produce.
#[test]
fn bad_input_messages() {
    let rows: &[(&str, &str, &str)] = &[
        ("malformed JSON", "{\n  \"title\": \"x\",\n  \"body\": [\"a\",]\n}", "line 3, column 16: trailing comma"),
        ("unterminated", "{\"title\": \"x\", \"body\": [", "line 1, column 25: unexpected end of input"),
        ("trailing text", "{\"title\": \"x\", \"body\": [\"a\"]} extra", "line 1, column 31: unexpected text after the JSON value"),
        ("not an object", "[1, 2]", "line 1, column 1: expected an object, found an array"),
        ("missing title", "{\"body\": [\"a\"]}", "title: this field is required"),
        ("missing body", "{\"title\": \"x\"}", "body: this field is required"),
        ("title of wrong type", "{\"title\": 5, \"body\": [\"a\"]}", "title: expected a string, found a number"),
        ("body of wrong type", "{\"title\": \"x\", \"body\": \"a\"}", "body: expected an array, found a string"),
        ("block of wrong type", "{\"title\": \"x\", \"body\": [\"a\", \"b\", \"c\", 7]}", "body[3]: expected a string or an object, found a number"),
        ("unknown block type", "{\"title\": \"x\", \"body\": [{\"type\": \"table\"}]}", "body[0].type: unknown block type \"table\"; expected paragraph, heading, quote, list, image or divider"),
        ("block without text", "{\"title\": \"x\", \"body\": [{\"type\": \"quote\"}]}", "body[0].text: this field is required (or give `spans`)"),
        ("text and spans", "{\"title\": \"x\", \"body\": [{\"type\": \"paragraph\", \"text\": \"a\", \"spans\": []}]}", "body[0]: give either `text` or `spans`, not both"),
        ("unknown mark", "{\"title\": \"x\", \"body\": [{\"type\": \"paragraph\", \"spans\": [{\"text\": \"a\", \"marks\": [\"em\", \"blink\"]}]}]}", "body[0].spans[0].marks[1]: unknown mark \"blink\"; expected em, strong, code, sup or sub"),
        ("span without text", "{\"title\": \"x\", \"body\": [{\"type\": \"paragraph\", \"spans\": [{\"marks\": []}]}]}", "body[0].spans[0].text: this field is required"),
        ("image without src", "{\"title\": \"x\", \"body\": [{\"type\": \"image\", \"alt\": \"a\"}]}", "body[0].src: this field is required"),
        ("lead image of no size", "{\"title\": \"x\", \"body\": [\"a\"], \"image\": {\"src\": \"a.png\", \"height\": 0}}", "image.height: expected a whole number of pixels"),
        ("image of odd size", "{\"title\": \"x\", \"body\": [{\"type\": \"image\", \"src\": \"a.png\", \"width\": 12.5}]}", "body[0].width: expected a whole number of pixels"),
        ("list item of wrong type", "{\"title\": \"x\", \"body\": [{\"type\": \"list\", \"items\": [\"a\", null]}]}", "body[0].items[1]: expected a string, found null"),
        ("bad heading level", "{\"title\": \"x\", \"body\": [{\"type\": \"heading\", \"text\": \"h\", \"level\": 7}]}", "body[0].level: a heading's level must be 2, 3 or 4"),
        ("bad direction", "{\"title\": \"x\", \"body\": [\"a\"], \"dir\": \"up\"}", "dir: expected \"ltr\", \"rtl\" or \"auto\""),
        ("unknown kind", "{\"title\": \"x\", \"body\": [\"a\"], \"entities\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"animal\"}]}", "entities[0].kind: unknown kind \"animal\"; expected person, organization, place, event, concept, work or other"),
        ("author without name", "{\"title\": \"x\", \"body\": [\"a\"], \"authors\": [{\"bio\": \"b\"}]}", "authors[0].name: this field is required"),
        ("empty title", "{\"title\": \"  \", \"body\": [\"a\"]}", "title: the title must not be empty"),
        ("empty body", "{\"title\": \"x\", \"body\": []}", "body: the body must have at least one block"),
        ("bad date", "{\"title\": \"x\", \"body\": [\"a\"], \"published\": \"Nov. 15\"}", "published: expected an ISO 8601 date such as 2021-11-18 or 2021-11-18T09:30:00Z"),
        (
            "duplicate ids",
            "{\"title\": \"x\", \"body\": [\"a\"], \"entities\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"a\", \"name\": \"C\"}]}",
            "entities[2].id: duplicate entity id \"a\" (first used at entities[0])",
        ),
        (
            "punctuation alias",
            "{\"title\": \"x\", \"body\": [\"a\"], \"entities\": [{\"id\": \"a\", \"name\": \"A\", \"aliases\": [\"--\"]}]}",
            "entities[0].aliases[0]: an alias must contain a letter or a digit; it is empty or only punctuation",
        ),
        (
            "empty alias",
            "{\"title\": \"x\", \"body\": [\"a\"], \"entities\": [{\"id\": \"a\", \"name\": \"A\", \"aliases\": [\"\"]}]}",
            "entities[0].aliases[0]: an alias must contain a letter or a digit; it is empty or only punctuation",
        ),
    ];
    for (name, input, expected) in rows {
        let error = article_from_json(input).expect_err(name);
        assert_eq!(error.to_string(), *expected, "{name}");
    }
}

/// `JSON.parse` takes an escaped lone surrogate, and the string reaches the wasm with
/// U+FFFD in its place; the command line reads it the same, not as an error.
#[test]
fn a_lone_surrogate_escape_reads_as_browsers_read_it() {
    let read =
        article_from_json("{\"title\": \"a\\ud800b\", \"body\": [\"\\udfff \\ud83d\\ude00\"]}")
            .unwrap();
    assert_eq!(read.value.title, "a\u{FFFD}b");
    assert_eq!(read.value.body[0].texts()[0].text, "\u{FFFD} \u{1F600}");
}

#[test]
fn errors_carry_positions_for_checkers() {
    let input = "{\n  \"title\": \"x\",\n  \"body\": [\"a\"],\n  \"entities\": [\n    {\"id\": \"a\", \"name\": \"A\", \"aliases\": [\"\"]}\n  ]\n}";
    let error = article_from_json(input).unwrap_err();
    assert_eq!(error.path, "entities[0].aliases[0]");
    assert_eq!(error.position, Some((5, 42)));
}

#[test]
fn glossary_errors_name_the_entry() {
    let error =
        glossary_from_json("[{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"B\"}]")
            .unwrap_err();
    assert_eq!(
        error.to_string(),
        "[1].id: duplicate entity id \"a\" (first used at [0])"
    );
    let wrapped = glossary_from_json("{\"entities\": [{\"name\": \"A\"}]}").unwrap_err();
    assert_eq!(
        wrapped.to_string(),
        "entities[0].id: this field is required"
    );
}

/// What a reader's browser gets from careless input: each wrong entry left out with its
/// first problem, the rest read, and the entry's own warnings gone with it.
#[test]
fn a_wrong_entity_is_skipped_and_the_rest_is_read() {
    use gloss_cli::json::{parse_json, Json};
    let text = fixture("tests/fixtures/careless-glossary.json");
    let glossary = gloss_model::read_glossary(&Json(&parse_json(&text).unwrap())).unwrap();
    let ids: Vec<&str> = glossary.value.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["mps", "france"]);
    assert_eq!(
        glossary.value[0].name, "Ministry of Public Security",
        "the first of an id wins"
    );
    let skipped: Vec<String> = glossary.skipped.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        skipped,
        [
            "[1].id: duplicate entity id \"mps\" (first used at [0])",
            "[2].kind: unknown kind \"bureau\"; expected person, organization, place, event, concept, work or other",
            "[3].name: expected a string, found a number",
            "[4]: expected an object, found a string",
        ]
    );
    let warnings: Vec<String> = glossary.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        ["[5].colour: unknown field, ignored"],
        "none for [2], which is skipped"
    );
    // A duplicate of an entry that was itself skipped is the first of its id.
    let text = r#"[{"id": "a", "name": "--"}, {"id": "a", "name": "A"}]"#;
    let glossary = gloss_model::read_glossary(&Json(&parse_json(text).unwrap())).unwrap();
    assert_eq!(glossary.value.len(), 1);
    assert_eq!(
        glossary.skipped[0].to_string(),
        "[0].name: a name must contain a letter or a digit"
    );
    // Only a glossary with nothing to read is an error.
    for (text, error) in [
        ("{\"lyon\": {}}", "entities: this field is required"),
        (
            "\"site.json\"",
            "expected an array of entities, found a string",
        ),
        (
            "{\"entities\": 7}",
            "entities: expected an array, found a number",
        ),
    ] {
        let read = gloss_model::read_glossary(&Json(&parse_json(text).unwrap()));
        assert_eq!(read.unwrap_err().to_string(), error, "{text}");
    }
    // The article's own entities follow the same rule, and the article is read.
    let text = r#"{"title": "x", "body": ["a"], "entities": [{"id": "a", "name": "A"}, {"id": "a", "name": "B", "kind": "animal"}]}"#;
    let read = gloss_model::read_article(&Json(&parse_json(text).unwrap())).unwrap();
    assert_eq!(read.value.entities.len(), 1);
    assert_eq!(read.skipped[0].path, "entities[1].kind");
    let text = r#"{"title": "x", "body": ["a"], "entities": {"a": {}}}"#;
    let read = gloss_model::read_article(&Json(&parse_json(text).unwrap())).unwrap();
    assert_eq!(
        read.skipped[0].to_string(),
        "entities: expected an array, found an object"
    );
}
