//! The article format: every valid fixture parses, and each kind of bad input gets its
//! own message, naming the JSON path and, for text, the line and column.

use gloss::model::{article_from_json, glossary_from_json, Block, Kind};
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
        let article = article_from_json(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!article.title.is_empty(), "{name}");
        assert!(!article.body.is_empty(), "{name}");
    }
    let entities = glossary_from_json(&fixture("tests/fixtures/glossary.json")).unwrap();
    assert_eq!(entities.len(), 2);
}

#[test]
fn every_block_type_reads() {
    let article = article_from_json(&fixture("tests/fixtures/all-blocks.json")).unwrap();
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
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/seed-article.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED seed_article_parses: ../shared/fixtures/seed-article.json is not here (it is in CI)");
        return;
    };
    let article = article_from_json(&text).unwrap();
    assert_eq!(article.title, "China Seeks Its Way Back to Interpol");
    assert_eq!(article.body.len(), 10);
}

/// Each row: a name, the input, and the exact message it must produce.
#[test]
fn bad_input_messages() {
    let rows: &[(&str, &str, &str)] = &[
        ("malformed JSON", "{\n  \"title\": \"x\",\n  \"body\": [\"a\",]\n}", "line 3, column 16: trailing comma"),
        ("unterminated", "{\"title\": \"x\", \"body\": [", "line 1, column 25: EOF while parsing a list"),
        ("missing title", "{\"body\": [\"a\"]}", "missing field `title`"),
        ("missing body", "{\"title\": \"x\"}", "missing field `body`"),
        ("title of wrong type", "{\"title\": 5, \"body\": [\"a\"]}", "title: invalid type: integer `5`, expected a string"),
        ("block of wrong type", "{\"title\": \"x\", \"body\": [\"a\", \"b\", \"c\", 7]}", "body[3]: invalid type: integer `7`, expected a string or an object"),
        ("unknown block type", "{\"title\": \"x\", \"body\": [{\"type\": \"table\"}]}", "body[0]: unknown variant `table`, expected one of `paragraph`, `heading`, `quote`, `list`"),
        ("block without text", "{\"title\": \"x\", \"body\": [{\"type\": \"quote\"}]}", "body[0]: missing field `text`"),
        ("bad heading level", "{\"title\": \"x\", \"body\": [{\"type\": \"heading\", \"text\": \"h\", \"level\": 7}]}", "body[0]: a heading's level must be 2, 3 or 4"),
        ("unknown kind", "{\"title\": \"x\", \"body\": [\"a\"], \"entities\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"animal\"}]}", "entities[0].kind: unknown variant `animal`, expected one of `person`, `organization`, `organisation`, `place`, `event`, `concept`, `work`, `other`"),
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
        ("not an object", "[1, 2]", "invalid type: sequence, expected struct Article"),
        ("trailing text", "{\"title\": \"x\", \"body\": [\"a\"]} extra", "line 1, column 33: trailing characters"),
    ];
    for (name, input, expected) in rows {
        let error = article_from_json(input).expect_err(name);
        assert_eq!(error.to_string(), *expected, "{name}");
    }
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
    assert_eq!(wrapped.to_string(), "entities[0]: missing field `id`");
}
