//! What `gloss glossary article PAGE --select SELECTOR` reads of a page, printed as JSON:
//! `{"blocks": [each block's text], "jsonLd": [each JSON-LD value]}`.
//! `tests/browser/publish-page.test.mjs` holds it to what the loader reads in Chromium:
//! `cargo run -p gloss-cli --example page_text -- PAGE SELECTOR`.

use gloss_cli::page::{parse_selector, read_page};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, selector] = args.as_slice() else {
        eprintln!("usage: page_text PAGE SELECTOR");
        std::process::exit(2);
    };
    let read = std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|html| read_page(&html, &parse_selector(selector)?, selector));
    match read {
        Ok(page) => println!(
            "{}",
            serde_json::json!({"blocks": page.blocks, "jsonLd": page.json_ld})
        ),
        Err(message) => {
            eprintln!("{file}: {message}");
            std::process::exit(1);
        }
    }
}
