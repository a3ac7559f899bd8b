//! The wasm-bindgen API that the loader in `www/gloss.js` calls.

use crate::engine::{self, Options};
use crate::model::{self, Entity, InputError};
use crate::view::{self, cards};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Options from the host page. Unknown keys are ignored.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct MountOptions {
    #[serde(default)]
    dwell: Option<u32>,
    #[serde(default)]
    hide_delay: Option<u32>,
    #[serde(default)]
    cards: Option<bool>,
    #[serde(default)]
    auto: Option<bool>,
}

/// A mounted view. `destroy` removes its listeners, timers and nodes.
#[wasm_bindgen]
pub struct View {
    root: web_sys::Element,
    cards: Option<cards::Cards>,
}

#[wasm_bindgen]
impl View {
    /// Removes everything this view added to the page.
    pub fn destroy(&mut self) {
        if let Some(cards) = self.cards.take() {
            cards.close();
        }
        self.root.set_text_content(None);
    }
}

fn error_value(error: InputError) -> JsValue {
    JsValue::from_str(&error.to_string())
}

fn read<'a, T>(
    value: JsValue,
    reader: fn(serde_wasm_bindgen::Deserializer) -> Result<T, InputError>,
) -> Result<T, JsValue> {
    reader(serde_wasm_bindgen::Deserializer::from(value)).map_err(error_value)
}

/// Renders `article` (a v1 article object) into `root`, with the site glossaries in
/// `glossaries` (an array of entity arrays). Errors are strings that name the JSON path.
#[wasm_bindgen]
pub fn render(
    root: web_sys::Element,
    article: JsValue,
    glossaries: JsValue,
    options: JsValue,
) -> Result<View, JsValue> {
    let article = read(article, |d| model::article_from_deserializer(d))?;
    let mut site: Vec<Entity> = Vec::new();
    if !glossaries.is_undefined() && !glossaries.is_null() {
        let lists: Vec<JsValue> = js_sys::Array::from(&glossaries).iter().collect();
        for (index, list) in lists.into_iter().enumerate() {
            let entities = read(list, |d| model::glossary_from_deserializer(d)).map_err(|e| {
                let mut message = String::from("glossary ");
                message.push_str(&(index + 1).to_string());
                message.push_str(": ");
                message.push_str(&e.as_string().unwrap_or_default());
                JsValue::from_str(&message)
            })?;
            site.extend(entities);
        }
    }
    let options: MountOptions = if options.is_undefined() || options.is_null() {
        MountOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsValue::from_str(&e.to_string()))?
    };
    let engine_options = if options.auto == Some(false) {
        Options::glossary_only()
    } else {
        Options::default()
    };
    let annotation = engine::annotate(&article, &site, &engine_options);
    let (tree, warnings) = view::build(&article, &annotation, &view::ViewOptions::default());
    for warning in warnings {
        let mut message = String::from("gloss: ");
        message.push_str(&warning.path);
        message.push_str(": ");
        message.push_str(&warning.message);
        web_sys::console::warn_1(&message.into());
    }
    let document = root.owner_document().ok_or("no document")?;
    let article_node: web_sys::Node = view::dom::create(&document, &tree)?.into();
    root.append_child(&article_node)?;
    let cards = if options.cards == Some(false) {
        None
    } else {
        let timing = cards::Timing {
            dwell: options.dwell.unwrap_or(300),
            hide_delay: options.hide_delay.unwrap_or(300),
        };
        Some(cards::Cards::attach(
            &document,
            &root,
            annotation.entities,
            timing,
        )?)
    };
    Ok(View { root, cards })
}

/// Logs panics to the console with their message, so a bug report can name it.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let mut message = String::from("gloss: internal error: ");
        message.push_str(&info.to_string());
        web_sys::console::error_1(&message.into());
    }));
}
