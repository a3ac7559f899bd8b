//! DOM rendering in a real headless Chromium, through wasm-bindgen-test: the rendered
//! text equals the input text, and no input string ever becomes an element.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(json: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let article = js_sys::JSON::parse(json).unwrap();
    gloss::embed::render(
        root.clone(),
        article,
        wasm_bindgen::JsValue::UNDEFINED,
        wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap();
    root
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn rendered_text_equals_input() {
    let root = mount(include_str!("fixtures/all-blocks.json"));
    assert_eq!(texts(&root, ".gloss-title"), ["Every block type"]);
    assert_eq!(texts(&root, ".gloss-kicker"), ["Test"]);
    assert_eq!(
        texts(&root, ".gloss-subtitle"),
        ["Paragraphs, headings, quotes and lists"]
    );
    assert_eq!(
        texts(&root, ".gloss-chunk > p"),
        [
            "A plain paragraph as a string.",
            "A paragraph as an object."
        ]
    );
    assert_eq!(texts(&root, ".gloss-body h3"), ["A heading"]);
    assert_eq!(texts(&root, ".gloss-body blockquote p"), ["A quotation."]);
    assert_eq!(
        texts(&root, ".gloss-body blockquote cite"),
        ["Someone quoted"]
    );
    assert_eq!(texts(&root, ".gloss-body ol li"), ["First", "Second"]);
    assert_eq!(texts(&root, ".gloss-caption"), ["The caption."]);
    assert_eq!(texts(&root, ".gloss-credit"), ["Someone"]);
    assert_eq!(
        texts(&root, ".gloss-disclaimer"),
        ["A disclaimer from A. Writer."]
    );
    assert_eq!(texts(&root, ".gloss-bio"), ["Writes test articles."]);
    assert_eq!(texts(&root, ".gloss-author"), ["A. Writer", "B. Editor"]);
    assert_eq!(texts(&root, ".gloss-topics li"), ["Testing", "Formats"]);
    let semantic = ["article", "header", "figure", "figcaption", "footer"];
    for tag in semantic {
        assert_eq!(
            root.query_selector_all(tag).unwrap().length(),
            if tag == "footer" { 2 } else { 1 },
            "{tag}"
        );
    }
    let image = root.query_selector("figure img").unwrap().unwrap();
    assert_eq!(
        image.get_attribute("src").as_deref(),
        Some("https://example.org/picture.jpg")
    );
    assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(
        image.get_attribute("referrerpolicy").as_deref(),
        Some("no-referrer")
    );
    let mentions = root
        .query_selector_all("[data-gloss-entity=\"writer\"]")
        .unwrap();
    assert!(mentions.length() >= 1, "the glossary name is marked");
    root.remove();
}

#[wasm_bindgen_test]
fn no_input_string_becomes_an_element() {
    let root = mount(include_str!("fixtures/hostile.json"));
    for tag in [
        "script",
        "img",
        "svg",
        "iframe",
        "style",
        "b",
        "i",
        "em",
        "a[href^=javascript]",
        ".gloss-body h1",
        "u",
        "cite cite",
        "li li",
    ] {
        assert_eq!(
            root.query_selector_all(tag).unwrap().length(),
            0,
            "an input string became <{tag}>"
        );
    }
    assert_eq!(
        texts(&root, ".gloss-title"),
        ["<script>window.__glossHacked = 1</script>Headline"]
    );
    assert_eq!(
        texts(&root, ".gloss-subtitle"),
        ["<b>bold</b> & <i>italic</i>"]
    );
    assert_eq!(
        texts(&root, ".gloss-chunk > p"),
        ["Plain <em>not emphasis</em> and <a href=\"javascript:alert(1)\">not a link</a>."]
    );
    assert_eq!(texts(&root, ".gloss-body h2"), ["<h1>not a heading</h1>"]);
    assert_eq!(
        texts(&root, ".gloss-body li"),
        ["<li>item</li>", "\u{202E}evil\u{202C} text"]
    );
    assert_eq!(
        texts(&root, ".gloss-disclaimer"),
        ["<style>* { display: none }</style>"]
    );
    // The javascript: author URL is dropped, so the name is plain text.
    assert_eq!(root.query_selector_all("a").unwrap().length(), 0);
    let hacked = js_sys::Reflect::get(&js_sys::global(), &"__glossHacked".into()).unwrap();
    assert!(hacked.is_undefined(), "input code ran");
    let all = root.query_selector_all("[data-gloss-entity]").unwrap();
    let mention: web_sys::Element = (0..all.length())
        .map(|i| all.item(i).unwrap().unchecked_into::<web_sys::Element>())
        .find(|m| m.text_content().as_deref() == Some("Plain"))
        .expect("the glossary name is marked");
    assert_eq!(
        mention.get_attribute("data-gloss-entity").as_deref(),
        Some("x\" onmouseover=\"window.__glossHacked=8")
    );
    assert!(mention.get_attribute("onmouseover").is_none());
    root.remove();
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_with_a_path() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let article = js_sys::JSON::parse(r#"{"title": "x", "body": ["a", 7]}"#).unwrap();
    let error = gloss::embed::render(
        root,
        article,
        wasm_bindgen::JsValue::UNDEFINED,
        wasm_bindgen::JsValue::UNDEFINED,
    )
    .err()
    .unwrap();
    assert_eq!(
        error.as_string().as_deref(),
        Some("body[1]: expected a string or an object, found a number")
    );
}

/// A rendering, not yet stepped, of an article of `paragraphs` paragraphs of 100 bytes
/// of text each, and the element it renders into.
fn rendering_of(paragraphs: usize) -> (web_sys::Element, gloss::embed::Rendering) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let paragraph = format!("\"{}.\"", "x".repeat(99));
    let body = vec![paragraph; paragraphs].join(",");
    let article = format!(r#"{{"title": "Slices", "body": [{body}]}}"#);
    let rendering = gloss::embed::render_in_slices(
        root.clone(),
        js_sys::JSON::parse(&article).unwrap(),
        wasm_bindgen::JsValue::UNDEFINED,
        wasm_bindgen::JsValue::UNDEFINED,
    );
    (root, rendering)
}

fn paragraphs(root: &web_sys::Element) -> u32 {
    root.query_selector_all(".gloss-chunk > p")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
fn the_first_slice_ends_once_the_first_screen_is_built() {
    // Time never runs out here: the only pause is the one after the first screen, which
    // is 1,500 bytes of text, or 15 of these paragraphs.
    let (root, mut long) = rendering_of(40);
    assert!(!long.step(f64::INFINITY).unwrap());
    assert_eq!(paragraphs(&root), 15);
    assert!(long.step(f64::INFINITY).unwrap());
    assert_eq!(paragraphs(&root), 40);
    // With less than another screen to come, the article is finished in the same slice.
    let (root, mut short) = rendering_of(29);
    assert!(short.step(f64::INFINITY).unwrap());
    assert_eq!(paragraphs(&root), 29);
}
