//! What only a page's first rendering pays, in a real headless Chromium through
//! wasm-bindgen-test. This file is a wasm instance of its own, so that no other test has
//! rendered before it: the first `Intl.DateTimeFormat` loads the locale's date data, in
//! one piece no pause point can split, and the rendering gives it a task of its own.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A rendering, not yet stepped, of a short article with a publication date.
fn dated_rendering() -> (web_sys::Element, gloss::embed::Rendering) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let article =
        r#"{"title": "Dated", "published": "2021-11-22T08:00:00Z", "body": ["A paragraph."]}"#;
    let rendering = gloss::embed::render_in_slices(
        root.clone(),
        js_sys::JSON::parse(article).unwrap(),
        wasm_bindgen::JsValue::UNDEFINED,
        wasm_bindgen::JsValue::UNDEFINED,
    );
    (root, rendering)
}

#[wasm_bindgen_test]
fn the_first_date_format_gets_a_task_of_its_own() {
    // Time never runs out here, so every pause is one the rendering makes on purpose.
    assert!(!gloss::dom::date_formats_made());
    let (root, mut first) = dated_rendering();
    assert!(!first.step(f64::INFINITY).unwrap());
    assert!(
        !gloss::dom::date_formats_made(),
        "the slice before ends first"
    );
    assert!(!first.step(f64::INFINITY).unwrap());
    assert!(
        gloss::dom::date_formats_made(),
        "the formats are made in a slice that does nothing else"
    );
    assert!(root.query_selector("time").unwrap().is_none());
    assert!(first.step(f64::INFINITY).unwrap());
    assert!(root.query_selector("time").unwrap().is_some());
    // Later renderings find the formats made, and pause for nothing.
    let (_, mut second) = dated_rendering();
    assert!(second.step(f64::INFINITY).unwrap());
}
