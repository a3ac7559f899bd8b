//! An HTML page read as in-place enhancement reads it in the browser (`data-enhance`,
//! `Gloss.enhance`; `www/loader/enhance.mjs` and `boot.mjs`): the text of the containers a
//! selector names, block by block, with page furniture passed over by the same rules
//! ([`rules`]), and the page's JSON-LD. The page is parsed by html5ever, as browsers parse
//! HTML, only to read its text: nothing parsed here is ever written out as markup.

mod json_ld;
pub mod rules;

use rules::{is_js_space, text_content, Rules};
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

/// What enhancement reads of a page.
#[derive(Debug, Default)]
pub struct Page {
    /// Each block's text, as the engine reads it: the runs of one article.
    pub blocks: Vec<String>,
    /// The values of the page's JSON-LD scripts that read.
    pub json_ld: Vec<Value>,
    /// What the browser would warn about on the console, and what the glossary cannot
    /// stand for.
    pub warnings: Vec<String>,
}

/// The selector `data-enhance` would be given, or why it is none.
pub fn parse_selector(selector: &str) -> Result<Selector, String> {
    Selector::parse(selector).map_err(|error| {
        [
            "the selector '",
            selector,
            "' is not a CSS selector: ",
            &error.to_string(),
        ]
        .concat()
    })
}

/// Reads `html` as `data-enhance="SELECTOR"` does, `chosen` being `selector` parsed. An
/// error says why there is no one article to read, naming the selector.
pub fn read_page(html: &str, chosen: &Selector, selector: &str) -> Result<Page, String> {
    let named = ["the selector '", selector, "'"].concat();
    let document = Html::parse_document(html);
    let elements = elements(document.root_element());
    let parts: Vec<ElementRef> = elements
        .iter()
        .copied()
        .filter(|element| chosen.matches(element))
        .collect();
    if parts.is_empty() {
        return Err([&named, " matches no element of the page"].concat());
    }
    // The loader enhances the containers in each nearest <article> (or in none) as one
    // article; a complete glossary is one article's.
    let mut articles: Vec<_> = parts
        .iter()
        .map(|part| closest(*part, |e| e.value().name() == "article").map(|e| e.id()))
        .collect();
    articles.dedup();
    if articles.len() > 1 {
        return Err([
            &named,
            " matches containers in different <article> elements, which data-enhance \
             enhances as different articles; a complete glossary is one article's: \
             choose the containers of one",
        ]
        .concat());
    }
    let rules = Rules::shipped();
    let mut page = Page::default();
    page.warnings.extend(reading_differs(&document, &elements));
    for part in &parts {
        page.blocks.extend(text_blocks(&rules, *part));
    }
    let entity_table = Selector::parse("script[data-gloss-entities]").expect("a selector");
    if parts.iter().any(|part| {
        elements_of(*part)
            .into_iter()
            .any(|e| entity_table.matches(&e))
    }) {
        page.warnings.push(
            "the containers hold gloss render's entity table, which the loader makes live \
             instead of reading the text: the page needs no glossary"
                .into(),
        );
    }
    let json_ld = Selector::parse(r#"script[type="application/ld+json"]"#).expect("a selector");
    for script in elements.into_iter().filter(|e| json_ld.matches(e)) {
        match json_ld::read_json_ld(&text_content(script)) {
            Some(value) => page.json_ld.push(value),
            None => page
                .warnings
                .push("a <script type=\"application/ld+json\"> is not valid JSON, ignored".into()),
        }
    }
    Ok(page)
}

/// Where a browser may read the page otherwise than this reader does: a page in quirks
/// mode (no `<!DOCTYPE html>`), whose class and id selectors browsers match in any case,
/// and a page that says it is not in UTF-8.
fn reading_differs(document: &Html, elements: &[ElementRef]) -> Vec<String> {
    let mut warnings = Vec::new();
    // scraper does not name html5ever's mode, only shows it.
    if format!("{:?}", document.quirks_mode) == "Quirks" {
        warnings.push(
            "the page has no <!DOCTYPE html>: browsers match its class and id selectors in \
             any case, and this reader as they are written"
                .into(),
        );
    }
    let charset = elements
        .iter()
        .filter(|e| e.value().name() == "meta")
        .filter_map(|e| e.attr("charset").or_else(|| declared_charset(e)))
        .find(|charset| !charset.trim().eq_ignore_ascii_case("utf-8"));
    if let Some(charset) = charset {
        warnings.push(["the page says it is in ", charset, "; it is read as UTF-8"].concat());
    }
    warnings
}

/// The charset of `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
fn declared_charset<'a>(meta: &ElementRef<'a>) -> Option<&'a str> {
    let http_equiv = meta.value().attr("http-equiv")?;
    if !http_equiv.trim().eq_ignore_ascii_case("content-type") {
        return None;
    }
    let content = meta.value().attr("content")?;
    let at = content.to_ascii_lowercase().find("charset=")?;
    let charset = content[at + "charset=".len()..].split(';').next()?;
    Some(charset.trim().trim_matches(|c| c == '"' || c == '\''))
}

/// The container's text, grouped by the block each text node belongs to (`textBlocks`):
/// a text node that is not only white space joins the block before it when its block is
/// the same, and starts one otherwise; furniture is passed over whole.
fn text_blocks(rules: &Rules, container: ElementRef) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    let mut last = None;
    // The walk's next nodes, in reverse document order: no recursion, however deep.
    let mut stack: Vec<_> = container.children().rev().collect();
    while let Some(node) = stack.pop() {
        match node.value() {
            Node::Element(_) => {
                let element = ElementRef::wrap(node).expect("an element");
                if !rules.is_furniture(element) {
                    stack.extend(node.children().rev());
                }
            }
            Node::Text(text) if !text.chars().all(is_js_space) => {
                // The nearest block from the text up to the container; else the container.
                let parent = node.parent().and_then(ElementRef::wrap);
                let block = parent
                    .and_then(|parent| closest(parent, |e| rules.is_block(e)))
                    .filter(|block| is_within(*block, container))
                    .unwrap_or(container)
                    .id();
                if last != Some(block) {
                    blocks.push(String::new());
                }
                blocks.last_mut().expect("a block").push_str(text);
                last = Some(block);
            }
            // Comments, and a <template>'s contents, which are not the page's children.
            _ => {}
        }
    }
    blocks
}

/// The element itself or its nearest ancestor that `test` takes (`Element.closest`).
fn closest<'a>(
    element: ElementRef<'a>,
    test: impl Fn(ElementRef<'a>) -> bool,
) -> Option<ElementRef<'a>> {
    std::iter::successors(Some(element), |e| e.parent().and_then(ElementRef::wrap))
        .find(|e| test(*e))
}

/// Whether `element` is `container` or inside it.
fn is_within(element: ElementRef, container: ElementRef) -> bool {
    closest(element, |e| e == container).is_some()
}

/// The element and every element inside it, in document order, with no <template>'s
/// contents (`querySelectorAll` does not see them).
fn elements(root: ElementRef) -> Vec<ElementRef> {
    let mut found = Vec::new();
    let mut stack = vec![*root];
    while let Some(node) = stack.pop() {
        if let Some(element) = ElementRef::wrap(node) {
            found.push(element);
            stack.extend(node.children().rev());
        }
    }
    found
}

/// The elements inside `element`.
fn elements_of(element: ElementRef) -> Vec<ElementRef> {
    let mut inside = elements(element);
    inside.remove(0);
    inside
}
