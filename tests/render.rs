//! `gloss render`: static HTML that is good without JavaScript (no controls, dates in
//! words, the names listed with what their cards say), and an entity table that gives
//! the cards exactly what the engine gives them, kept as text inside its script. The
//! pages the browser tests load (`tests/pages/rendered*.html`) are its output.

use gloss_cli::json::{article_from_json, Json};
use gloss_cli::{execute, render};
use gloss_engine::{self as engine, Annotation, Options};
use gloss_view::{card_content, entity_table, Messages};
use serde_json::Value;

fn repository(path: &str) -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path
}

/// `gloss render` of a file of the repository, as the command line prints it.
fn rendered(path: &str, flags: &[&str]) -> String {
    let file = repository(path);
    let mut args = vec!["render", file.as_str()];
    args.extend(flags);
    let (html, code) = execute(&args).unwrap();
    assert_eq!(code, 0);
    html
}

/// The text of the entity table's script, which the page's HTML parser gives the loader.
fn table_text(html: &str) -> &str {
    let open = "<script type=\"application/json\" data-gloss-entities>";
    let start = html.find(open).expect("the entity table") + open.len();
    &html[start..start + html[start..].find("</script>").expect("its end")]
}

#[test]
fn the_static_view_has_no_controls_and_writes_dates_in_words() {
    let html = rendered("www/demo/article.json", &[]);
    for control in [
        "<button",
        "role=",
        "tabindex=",
        "aria-expanded",
        "aria-haspopup",
    ] {
        assert!(!html.contains(control), "{control} in {html}");
    }
    assert!(html.contains(
        "<span class=\"gloss-mention\" data-gloss-entity=\"interpol\" data-gloss-tab=\"\">Interpol</span>"
    ));
    assert!(html.contains("<time class=\"gloss-published\" datetime=\"2021-11-22T08:00:00Z\">November 22, 2021 at 8:00 AM UTC</time> <span class=\"gloss-updated-label\">Updated</span> <time class=\"gloss-updated\" datetime=\"2021-11-26T17:30:00Z\">November 26, 2021 at 5:30 PM UTC</time>"));
    // Every name the article mentions is listed with its words.
    let article =
        article_from_json(&std::fs::read_to_string(repository("www/demo/article.json")).unwrap())
            .unwrap()
            .value;
    let annotation = engine::annotate(&article, &[], &Options::default());
    let notes = &html[html.find("<aside class=\"gloss-endnotes\"").unwrap()..];
    for info in annotation
        .entities
        .iter()
        .filter(|e| !e.mentions.is_empty())
    {
        let name = gloss_view::html::to_html(&gloss_view::Node::Text(info.name.clone()));
        assert!(notes.contains(&format!("<dt>{name}")), "{name} is listed");
        if let Some(summary) = &info.summary {
            let summary = gloss_view::html::to_html(&gloss_view::Node::Text(summary.clone()));
            assert!(notes.contains(&summary), "{name}: {summary}");
        }
    }
    // In French, the dates and the widget's words are French.
    let html = rendered("tests/fixtures/french.json", &[]);
    assert!(html.contains("Les noms de cet article"), "{html}");
    assert!(
        html.contains("datetime=\"2021-11-25T09:00:00Z\">25 novembre 2021 à 09:00 UTC</time>"),
        "{html}"
    );
}

/// For every card the engine's annotation gives, the card made from the entity table
/// is the same tree: the table carries every word a card shows.
#[test]
fn the_entity_table_gives_the_cards_the_engine_gives() {
    let messages = Messages::english();
    for (path, flags) in [
        ("www/demo/article.json", &[][..]),
        ("www/demo/article.json", &["--no-auto"]),
        ("tests/fixtures/bare-article.json", &[]),
        ("tests/fixtures/check-me.json", &[]),
        ("tests/fixtures/rich.json", &[]),
        ("tests/fixtures/hostile.json", &[]),
        ("tests/fixtures/render-hostile.json", &[]),
    ] {
        let options = if flags.is_empty() {
            Options::default()
        } else {
            Options::glossary_only()
        };
        let text = std::fs::read_to_string(repository(path)).unwrap();
        let article = article_from_json(&text).unwrap().value;
        let annotation = engine::annotate(&article, &[], &options);
        let json: Value = serde_json::from_str(table_text(&rendered(path, flags))).unwrap();
        assert_eq!(
            json,
            render::table(&annotation),
            "{path}: the script holds the table"
        );
        let read = entity_table::read(&Json(&json)).unwrap();
        assert!(read.warnings.is_empty(), "{path}: {:?}", read.warnings);
        let mut hydrated = Annotation {
            runs: Vec::new(),
            entities: read.value,
        };
        let mut cards = 0;
        for (at, info) in annotation.entities.iter().enumerate() {
            if info.mentions.is_empty() {
                continue;
            }
            let Some(same) = hydrated.entities.iter().position(|e| e.id == info.id) else {
                panic!("{path}: {} is not in the table", info.id);
            };
            hydrated.entities[same].mentions = info.mentions.clone();
            let from_table = card_content::card(&hydrated, same, 0, &messages);
            let from_engine = card_content::card(&annotation, at, 0, &messages);
            assert_eq!(from_table, from_engine, "{path}: the card of {}", info.id);
            cards += 1;
        }
        assert!(cards > 0, "{path}: no card compared");
    }
}

/// Strings in the table are text: the HTML parser ends a script at `</script`, so the
/// table's text has no `<` at all, and JSON reads the escapes back as the same strings.
#[test]
fn the_table_stays_text_inside_its_script() {
    let html = rendered("tests/fixtures/render-hostile.json", &[]);
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert_eq!(html.matches("</script").count(), 1, "{html}");
    let text = table_text(&html);
    assert!(!text.contains(['<', '>', '&']), "{text}");
    let json: Value = serde_json::from_str(text).unwrap();
    let trust = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Quay Trust")
        .unwrap();
    assert_eq!(
        trust["summary"],
        "</script><script>window.__glossHacked = 10</script><!-- a trust"
    );
    assert_eq!(
        render::script_json(&Value::from("a</script>b")),
        "\"a\\u003c/script\\u003eb\""
    );
    // In the HTML around it, the same strings are escaped text.
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;window.__glossHacked = 10"));
}

/// The pages the browser tests load are `gloss render`'s output as it is now. With
/// `GLOSS_UPDATE_PAGES=1` the test writes them instead.
#[test]
fn the_rendered_test_pages_are_gloss_render_output() {
    for (page, article, title) in [
        (
            "tests/pages/rendered.html",
            "www/demo/article.json",
            "the demo article",
        ),
        (
            "tests/pages/rendered-hostile.html",
            "tests/fixtures/render-hostile.json",
            "hostile strings",
        ),
    ] {
        let expected = format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
             <title>gloss test: gloss render of {title}</title>\n  <link rel=\"icon\" href=\"data:,\">\n  \
             <!-- The article's relative URLs are the demo's. -->\n  <base href=\"/www/\">\n  \
             <script src=\"/pkg/gloss-loader.js\" data-enhance=\".gloss-article\" async></script>\n\
             </head>\n<body>\n<!-- Written by the test `the_rendered_test_pages_are_gloss_render_output` \
             in tests/render.rs: gloss render {article} -->\n{}</body>\n</html>\n",
            rendered(article, &[])
        );
        if std::env::var_os("GLOSS_UPDATE_PAGES").is_some() {
            std::fs::write(repository(page), &expected).unwrap();
        }
        let committed = std::fs::read_to_string(repository(page)).unwrap_or_default();
        assert!(
            committed == expected,
            "{page} is not gloss render's output: run GLOSS_UPDATE_PAGES=1 cargo test --test render"
        );
    }
}
