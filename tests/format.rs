//! The article format is written in four places: the Rust types (`crates/model/src/types.rs`,
//! the source), the reader's field lists, the JSON Schema (`schema/article.schema.json`)
//! and the TypeScript declarations (`www/gloss.d.ts`). This test reads all four and fails,
//! naming the place and the field, when they disagree, so the format cannot drift.

use gloss_cli::json::article_from_json;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fs;

type Names = BTreeSet<String>;

fn read(path: &str) -> String {
    fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `same_as` → `sameAs`: Rust's field names as JSON spells them.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The text between the `{` at or after `from` and its matching `}`.
fn braced(text: &str, from: usize) -> &str {
    let open = from + text[from..].find('{').expect("an opening brace");
    let mut depth = 0;
    for (at, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[open + 1..open + at];
                }
            }
            _ => {}
        }
    }
    panic!("an unclosed brace")
}

/// The named fields of `pub struct name` in Rust source, as JSON names.
fn rust_fields(source: &str, name: &str) -> Names {
    let at = source
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("types.rs: no struct {name}"));
    braced(source, at)
        .lines()
        .map(str::trim)
        .filter_map(|line| line.strip_prefix("pub ")?.split(':').next())
        .map(camel)
        .collect()
}

/// The fields of one variant of `pub enum Block` in Rust source.
fn rust_variant(source: &str, variant: &str) -> Names {
    let block = braced(source, source.find("pub enum Block {").expect("enum Block"));
    let line = block
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with(variant))
        .unwrap_or_else(|| panic!("types.rs: no Block::{variant}"));
    match line.find('{') {
        Some(_) => braced(line, 0)
            .split(',')
            .filter_map(|f| f.split(':').next())
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(camel)
            .collect(),
        None => Names::new(),
    }
}

/// The member names of a TypeScript object type's body, at its top level.
fn ts_members(body: &str) -> Names {
    let mut names = Names::new();
    let mut depth = 0;
    let mut start_of_member = true;
    let mut word = String::new();
    let mut in_comment = false;
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_comment {
            if c == '*' && chars.get(i + 1) == Some(&'/') {
                in_comment = false;
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            in_comment = true;
        } else if matches!(c, '{' | '<' | '(' | '[') {
            depth += 1;
        } else if matches!(c, '}' | '>' | ')' | ']') {
            depth -= 1;
        } else if depth == 0 && (c == ';' || c == '\n') {
            start_of_member = true;
            word.clear();
        } else if depth == 0 && start_of_member {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
            } else if (c == '?' || c == ':') && !word.is_empty() {
                names.insert(std::mem::take(&mut word));
                start_of_member = false;
            } else if !c.is_whitespace() {
                start_of_member = false;
                word.clear();
            }
        }
        i += 1;
    }
    names
}

fn ts_interface(source: &str, name: &str) -> Names {
    let at = source
        .find(&format!("export interface {name} {{"))
        .unwrap_or_else(|| panic!("gloss.d.ts: no interface {name}"));
    ts_members(braced(source, at))
}

/// The members of the object type given inline for `member` of interface `name`.
fn ts_inline(source: &str, name: &str, member: &str) -> Names {
    let at = source
        .find(&format!("export interface {name} {{"))
        .expect("interface");
    let body = braced(source, at);
    let member_at = body
        .find(&format!("\n  {member}?:"))
        .or_else(|| body.find(&format!("\n  {member}:")))
        .unwrap_or_else(|| panic!("gloss.d.ts: no {name}.{member}"));
    ts_members(braced(body, member_at))
}

/// The members of the `Block` union's object type whose `type` is `kind`.
fn ts_block(source: &str, kind: &str) -> Names {
    let union = &source[source.find("export type Block =").expect("type Block")..];
    let at = union
        .find(&format!("type: '{kind}'"))
        .unwrap_or_else(|| panic!("gloss.d.ts: no {kind} block"));
    let open = union[..at].rfind('{').expect("the block's brace");
    let mut members = ts_members(braced(union, open));
    members.remove("type");
    members
}

fn schema_properties(schema: &Value, pointer: &str) -> Names {
    schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("schema: nothing at {pointer}"))
        .keys()
        .cloned()
        .collect()
}

fn schema_block(schema: &Value, kind: &str) -> Names {
    let variants = schema["$defs"]["block"]["oneOf"]
        .as_array()
        .expect("block.oneOf");
    let variant = variants
        .iter()
        .find(|v| v.pointer("/properties/type/const") == Some(&json!(kind)))
        .unwrap_or_else(|| panic!("schema: no {kind} block"));
    let mut names: Names = variant["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect();
    names.remove("type");
    // Rich text is `text` or `spans`, which the Rust types keep as one `Rich`.
    if variant.get("allOf").is_some() {
        names.insert("text".into());
    }
    names
}

/// Fields of the format that the model does not keep, by the type they belong to: what
/// `gloss glossary build` records.
const READ_PAST: &[(&str, &str)] = &[("Entity", "archive")];

/// Fields of the Rust types that group or stand for format fields: an entity's card
/// words are one `CardWords`, and `complete` is its glossary's.
const GROUPED: &[(&str, &str, &[&str])] = &[
    ("Entity", "card", &["source", "passage", "short", "found"]),
    ("Entity", "complete", &[]),
];

/// A Rust type's field names as the format names them: with what the reader reads past,
/// and each grouping field as the fields it stands for.
fn on_the_wire(name: &str, in_rust: &mut Names) {
    for (owner, field) in READ_PAST {
        if *owner == name {
            in_rust.insert((*field).into());
        }
    }
    for (owner, field, fields) in GROUPED {
        if *owner == name && in_rust.remove(*field) {
            in_rust.extend(fields.iter().map(|f| (*f).to_owned()));
        }
    }
}

/// Each row: the Rust type, where the schema describes it, and where gloss.d.ts does.
#[test]
fn types_schema_and_declarations_name_the_same_fields() {
    let types = read("crates/model/src/types.rs");
    let schema: Value = serde_json::from_str(&read("schema/article.schema.json")).expect("JSON");
    let ts = read("www/gloss.d.ts");
    let rows: Vec<(&str, Names, Names)> = vec![
        (
            "Article",
            schema_properties(&schema, "/properties"),
            ts_interface(&ts, "Article"),
        ),
        (
            "Author",
            schema_properties(&schema, "/$defs/author/properties"),
            ts_inline(&ts, "Article", "authors"),
        ),
        (
            "Image",
            schema_properties(&schema, "/properties/image/properties"),
            ts_inline(&ts, "Article", "image"),
        ),
        (
            "Entity",
            schema_properties(&schema, "/$defs/entity/properties"),
            ts_interface(&ts, "Entity"),
        ),
        (
            "Fact",
            schema_properties(&schema, "/$defs/entity/properties/facts/items/properties"),
            ts_inline(&ts, "Entity", "facts"),
        ),
        (
            "Link",
            schema_properties(&schema, "/$defs/entity/properties/links/items/properties"),
            ts_inline(&ts, "Entity", "links"),
        ),
        (
            "Figure",
            schema_block(&schema, "image"),
            ts_block(&ts, "image"),
        ),
    ];
    let mut problems = Vec::new();
    for (name, in_schema, in_ts) in rows {
        let mut in_rust = rust_fields(&types, name);
        on_the_wire(name, &mut in_rust);
        if in_rust != in_schema {
            problems.push(format!(
                "{name}: types.rs {in_rust:?}, schema {in_schema:?}"
            ));
        }
        if in_rust != in_ts {
            problems.push(format!(
                "{name}: types.rs {in_rust:?}, gloss.d.ts {in_ts:?}"
            ));
        }
    }
    for (variant, kind) in [
        ("Paragraph", "paragraph"),
        ("Heading", "heading"),
        ("Quote", "quote"),
        ("List", "list"),
        ("Divider", "divider"),
    ] {
        let in_rust = rust_variant(&types, variant);
        let in_schema = schema_block(&schema, kind);
        let mut in_ts = ts_block(&ts, kind);
        if variant != "List" && variant != "Divider" {
            in_ts.insert("text".into()); // `& RichText`
        }
        if in_rust != in_schema || in_rust != in_ts {
            problems.push(format!(
                "Block::{variant}: types.rs {in_rust:?}, schema {in_schema:?}, gloss.d.ts {in_ts:?}"
            ));
        }
    }
    // Span and Marks are not wire-shaped in Rust (byte ranges and bits); the schema and the
    // declarations must still agree with each other.
    let span_schema = schema_properties(&schema, "/$defs/span/properties");
    let span_ts = ts_interface(&ts, "Span");
    if span_schema != span_ts {
        problems.push(format!(
            "Span: schema {span_schema:?}, gloss.d.ts {span_ts:?}"
        ));
    }
    assert!(
        problems.is_empty(),
        "the format drifted:\n{}",
        problems.join("\n")
    );
}

/// A document that uses every field the schema names, each with a value of its own, read
/// by the reader: no field may be unknown to it, and every value must reach the model.
#[test]
fn the_reader_knows_every_field_the_schema_names() {
    let schema: Value = serde_json::from_str(&read("schema/article.schema.json")).expect("JSON");
    let entity_fields = schema_properties(&schema, "/$defs/entity/properties");
    let mut entity = serde_json::Map::new();
    for field in &entity_fields {
        let value = match field.as_str() {
            "kind" => json!("place"),
            "aliases" | "related" => json!([format!("v-{field}")]),
            "facts" => json!([{"label": "v-fact-label", "value": "v-fact-value"}]),
            "links" => json!([{"label": "v-link-label", "url": "https://example.org/v-link"}]),
            "image" => json!("https://example.org/v-image.png"),
            "archive" => json!({"mentions": 3, "articles": 2}),
            // Card words, which the model keeps in `CardWords`.
            "source" => json!("article"),
            "passage" => json!({"before": "The ", "name": "Name", "after": "."}),
            "short" => json!("SHORT"),
            "found" => json!(true),
            _ => json!(format!("v-{field}")),
        };
        entity.insert(field.clone(), value);
    }
    let article = json!({
        "title": "v-title", "kicker": "v-kicker", "subtitle": "v-subtitle", "lang": "en",
        "dir": "rtl", "authors": [{"name": "v-author", "bio": "v-bio", "url": "https://example.org/v-author"}],
        "published": "2021-11-22", "updated": "2021-11-26",
        "image": {"src": "https://example.org/v-lead.png", "alt": "v-lead-alt", "caption": "v-lead-caption",
                  "credit": "v-lead-credit", "width": 1201, "height": 677},
        "body": [
            "v-plain",
            {"type": "paragraph", "spans": [{"text": "v-span", "marks": ["em"], "href": "https://example.org/v-href"}]},
            {"type": "heading", "text": "v-heading", "level": 3},
            {"type": "quote", "text": "v-quote", "cite": "v-cite"},
            {"type": "list", "ordered": true, "items": ["v-item", {"spans": [{"text": "v-rich-item"}]}]},
            {"type": "image", "src": "https://example.org/v-figure.png", "alt": "v-figure-alt",
             "caption": "v-figure-caption", "credit": "v-figure-credit", "width": 641, "height": 361},
            {"type": "divider"}
        ],
        "disclaimer": "v-disclaimer", "topics": ["v-topic"],
        "url": "https://example.org/v-url",
        "entities": [Value::Object(entity)],
    });
    let used: Names = schema_properties(&schema, "/properties");
    let given: Names = article.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        given, used,
        "this test's document must use every top-level field"
    );
    let read = article_from_json(&article.to_string()).expect("the full document is valid");
    assert!(
        read.warnings.is_empty(),
        "unknown to the reader: {:?}",
        read.warnings
    );
    let model = format!("{:?}", read.value);
    let text = article.to_string();
    let mut missing = Vec::new();
    for (at, _) in text.match_indices("\"v-") {
        let value: String = text[at + 1..].chars().take_while(|c| *c != '"').collect();
        if !model.contains(&value) {
            missing.push(value);
        }
    }
    for number in ["1201", "677", "641", "361"] {
        if !model.contains(number) {
            missing.push(number.into());
        }
    }
    assert!(
        missing.is_empty(),
        "read but not kept in the model: {missing:?}"
    );
}

/// `url` is the article's own address, part of the format: read without a warning and
/// kept as given (the tools that use it allow-list it there, as the view does the URLs it
/// shows), and read from JSON-LD's `url` or `mainEntityOfPage` into the same field.
#[test]
fn the_article_url_is_part_of_the_format() {
    let read = article_from_json(
        &json!({"title": "T", "body": ["Text."], "url": "https://news.example/2024/05/dam-vote"})
            .to_string(),
    )
    .unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(
        read.value.url.as_deref(),
        Some("https://news.example/2024/05/dam-vote")
    );
    let json_ld = |extra: Value| {
        let mut node = json!({"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "T", "articleBody": "Text."});
        node.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        article_from_json(&node.to_string()).unwrap().value.url
    };
    let cases = [
        (
            json!({"url": "https://news.example/a"}),
            Some("https://news.example/a"),
        ),
        (
            json!({"mainEntityOfPage": "https://news.example/b"}),
            Some("https://news.example/b"),
        ),
        (
            json!({"mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example/c"}}),
            Some("https://news.example/c"),
        ),
        (
            json!({"url": "https://news.example/d", "mainEntityOfPage": "https://news.example/e"}),
            Some("https://news.example/d"),
        ),
        (json!({}), None),
    ];
    for (extra, want) in cases {
        assert_eq!(json_ld(extra.clone()).as_deref(), want, "{extra}");
    }
}
