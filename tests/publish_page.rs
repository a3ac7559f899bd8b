//! The publish-time path for a page enhanced in place: `gloss glossary article PAGE
//! --select SELECTOR` reads the page's text as the loader does (`tests/browser/
//! publish-page.test.mjs` holds the two to each other in Chromium), and the complete
//! glossary it writes, matched with every finder off, marks what the full engine marks on
//! the page's blocks, with the same card words.

use gloss_cli::page::{parse_selector, read_page, Page};
use gloss_cli::publish::{annotate_page, complete_glossary};
use gloss_engine::{self as engine, Annotation, Options, Run, RunPlace};
use gloss_view::{card_content, html, Messages};

fn root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The pages of tests/pages/ the loader enhances, with the selector their data-enhance names
/// (split-article's names two articles, so one is chosen).
const PAGES: &[(&str, &str)] = &[
    ("tests/pages/publish-edges.html", "article .story"),
    ("tests/pages/enhance.html", "article .content"),
    ("tests/pages/furniture.html", "article.story"),
    ("tests/pages/enhance-light.html", "main .story-body"),
    ("tests/pages/enhance-dark.html", "main .story-body"),
    ("tests/pages/jsonld-wrapped.html", "article .content"),
    ("tests/pages/split-article.html", "#first .article-body"),
];

fn page(path: &str, selector: &str) -> Page {
    let html = std::fs::read_to_string(root().join(path)).unwrap();
    read_page(&html, &parse_selector(selector).unwrap(), selector)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every mention as `block start..end "text" -> id`, and every card at every mention.
fn shown(blocks: &[String], annotation: &Annotation) -> Vec<String> {
    let mut rows = Vec::new();
    for (block, annotated) in annotation.runs.iter().enumerate() {
        for m in &annotated.mentions {
            let (text, id) = (m.text(&blocks[block]), &annotation.entities[m.entity].id);
            rows.push(format!("{block} {}..{} {text:?} -> {id}", m.start, m.end));
        }
    }
    let messages = Messages::for_language(Some("en"));
    for (index, info) in annotation.entities.iter().enumerate() {
        for at in 0..info.mentions.len() {
            let card = card_content::card(annotation, index, at, &messages);
            rows.push(format!("{}: {}", info.id, html::to_html(&card.into())));
        }
    }
    rows
}

#[test]
fn a_pages_complete_glossary_alone_marks_and_says_what_the_full_engine_does() {
    for &(path, selector) in PAGES {
        let page = page(path, selector);
        let full = annotate_page(&page, Vec::new());
        let texts: Vec<&str> = page.blocks.iter().map(String::as_str).collect();
        let written = complete_glossary(&texts, &full).to_string();
        let glossary = gloss_cli::json::glossary_from_json(&written).unwrap().value;
        let runs: Vec<Run> = texts
            .iter()
            .enumerate()
            .map(|(block, text)| Run::new(RunPlace::Body { block, item: 0 }, text))
            .collect();
        let lean = engine::annotate_runs(&runs, &glossary, &Options::glossary_only());
        let (full_rows, lean_rows) = (shown(&page.blocks, &full), shown(&page.blocks, &lean));
        assert!(full_rows.len() > 5, "{path}: {full_rows:?}");
        assert_eq!(lean_rows, full_rows, "{path}");
    }
}

#[test]
fn the_page_is_read_as_the_loader_reads_it() {
    let edges = page("tests/pages/publish-edges.html", "article .story");
    let text = edges.blocks.join("\n");
    // White space alone between two elements is no text: the loader drops it.
    assert!(text.contains(" ArohaNgata, who chairs"), "{text}");
    assert!(
        text.contains("Fishing\u{A0}crews from Motueka and"),
        "{text}"
    );
    assert!(
        text.contains("; <the> Department of Conservation & Ngāti"),
        "{text}"
    );
    // Furniture and what no reader sees are skipped; look-alikes, the long wrapper named
    // for its ads and a caption's own words are read.
    for skipped in [
        "Mere Walker",
        "Facebook",
        "Richmond",
        "Nelson Mail",
        "Tasman District Council",
        "Template",
        "Noscript",
        "Hidden",
        "Aria",
        "Screen Reader",
        "Svg",
        "Comment",
        "Link",
        "Code",
        "Newsletter",
        "NELSON",
        "\u{FEFF}",
    ] {
        assert!(!text.contains(skipped), "{skipped} in {text}");
    }
    for read in [
        "Kaiteriteri Beach Trust",
        "Abel Tasman Coast Track Trust",
        "Haulashore Island",
        "Sione Tupou",
        "Cawthron Institute",
        "\u{85}",
    ] {
        assert!(text.contains(read), "{read} not in {text}");
    }
    // A div's loose text around a paragraph is two blocks, with the paragraph between.
    let loose = edges
        .blocks
        .iter()
        .position(|b| b.starts_with("Loose text"))
        .unwrap();
    assert!(edges.blocks[loose + 1].starts_with("a paragraph inside it"));
    assert!(edges.blocks[loose + 2].starts_with(" and the loose text again"));
    // Every script of JSON-LD: one in CDATA, one written with entities, and one whose
    // type is in capitals, which selectors match in any case.
    assert_eq!(edges.json_ld.len(), 3);
    assert_eq!(edges.json_ld[1]["about"]["name"], "Port Nelson");
    assert_eq!(edges.json_ld[2]["mentions"]["name"], "Golden Bay");
    assert_eq!(edges.warnings, Vec::<String>::new());
    // What a browser may read otherwise is said.
    let quirks = "<html><head><meta charset=windows-1252></head><body><p>Text</p></body></html>";
    let read = read_page(quirks, &parse_selector("body").unwrap(), "body").unwrap();
    assert_eq!(read.blocks, ["Text"]);
    assert_eq!(read.warnings.len(), 2, "{:?}", read.warnings);
    assert!(read.warnings[0].contains("no <!DOCTYPE html>"));
    assert!(read.warnings[1].contains("in windows-1252; it is read as UTF-8"));
    let declared = "<!DOCTYPE html><meta http-equiv=Content-Type \
                    content='text/html; charset=ISO-8859-1'><p>Text</p>";
    let read = read_page(declared, &parse_selector("body").unwrap(), "body").unwrap();
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    assert!(read.warnings[0].contains("in ISO-8859-1; it is read as UTF-8"));
    // JSON-LD nested deeper than any JSON reader takes is dropped, not a crash.
    let deep = [
        "<!DOCTYPE html><script type=application/ld+json>",
        &"[".repeat(100_000),
        "</script><p>Text</p>",
    ]
    .concat();
    let read = read_page(&deep, &parse_selector("body").unwrap(), "body").unwrap();
    assert_eq!(read.blocks, ["Text"]);
    assert!(read.json_ld.is_empty());
    // The page's JSON-LD names the entities, as in the browser.
    let annotation = annotate_page(&edges, Vec::new());
    let trust = annotation
        .entities
        .iter()
        .find(|e| e.name == "Tasman Port Trust");
    assert_eq!(
        trust.and_then(|e| e.summary.as_deref()),
        Some("The trust that runs the port of Nelson.")
    );
}

#[test]
fn the_command_reads_a_page_and_says_what_is_wrong_with_its_selector() {
    let file = |path: &str| root().join(path).display().to_string();
    let edges = file("tests/pages/publish-edges.html");
    let (json, code) =
        gloss_cli::execute(["glossary", "article", &edges, "--select", "article .story"]).unwrap();
    assert_eq!(code, 0);
    let glossary: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(glossary["complete"], true);
    let trust = glossary["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "tasman-port-trust")
        .expect("the page's Tasman Port Trust");
    assert_eq!(trust["aliases"], serde_json::json!(["TPT"]));

    let failure = |args: &[&str]| {
        let mut all = vec!["glossary", "article"];
        all.extend(args);
        gloss_cli::execute(all).unwrap_err()
    };
    let nothing = failure(&[&edges, "--select", "main .story"]);
    assert_eq!(nothing.code, 1);
    assert!(
        nothing.message.ends_with(
            "publish-edges.html: the selector 'main .story' matches no element of the page"
        ),
        "{}",
        nothing.message
    );
    let bad = failure(&[&edges, "--select", "article >> p"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.message
            .starts_with("the selector 'article >> p' is not a CSS selector: "),
        "{}",
        bad.message
    );
    let xhtml = std::env::temp_dir().join("gloss-publish-page.xhtml");
    std::fs::write(
        &xhtml,
        "<html xmlns='http://www.w3.org/1999/xhtml'><p>Text</p></html>",
    )
    .unwrap();
    let xml = failure(&[xhtml.to_str().unwrap(), "--select", "p"]);
    assert_eq!(xml.code, 2);
    assert!(
        xml.message.contains("read by browsers as XML, not as HTML"),
        "{}",
        xml.message
    );
    let split = file("tests/pages/split-article.html");
    let two = failure(&[&split, "--select", ".article-body"]);
    assert_eq!(two.code, 1);
    assert!(
        two.message.contains(
            "the selector '.article-body' matches containers in different <article> elements"
        ),
        "{}",
        two.message
    );
    let unselected = failure(&[&edges]);
    assert_eq!(unselected.code, 2);
    assert!(
        unselected
            .message
            .contains("an HTML page needs --select SELECTOR"),
        "{}",
        unselected.message
    );
    let demo = file("www/demo/article.json");
    let json_selected = failure(&[&demo, "--select", "article"]);
    assert_eq!(json_selected.code, 2);
    assert!(
        json_selected
            .message
            .contains("--select reads an HTML page, and this is JSON"),
        "{}",
        json_selected.message
    );
    // An HTML page is known by its first character, whatever its name.
    let copy = std::env::temp_dir().join(format!("gloss-page-{}.txt", std::process::id()));
    std::fs::copy(&edges, &copy).unwrap();
    let by_content = gloss_cli::execute([
        "glossary",
        "article",
        copy.to_str().unwrap(),
        "--select",
        "article .story",
    ]);
    std::fs::remove_file(&copy).unwrap();
    assert_eq!(by_content.unwrap().0, json);
}
