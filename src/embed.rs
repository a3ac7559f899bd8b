//! The wasm-bindgen API that the loader in `www/loader/` calls: [`render`] and
//! [`render_in_slices`] build a reading view (`rendering`, the `widget` feature),
//! [`enhance`] wraps the mentions of an article already in the page (`enhancement`, the
//! `enhancement` feature), and both read the host page's options and message words the
//! same way ([`options`]). What they share lives here: the site glossaries, warnings on
//! the console, and the clock of a slice. Each of the two features is one of the wasm
//! builds readers download (Cargo.toml).

use gloss_base::pause::Clock;
use gloss_model::value::JsonValue;
use gloss_model::{self as model, Entity, InputError};
use gloss_view as view;
use std::cell::Cell;
use wasm_bindgen::prelude::*;

#[cfg(feature = "enhancement")]
mod enhancement;
mod js_value;
use js_value::Js;
mod options;
#[cfg(feature = "widget")]
mod rendering;

#[cfg(feature = "enhancement")]
pub use enhancement::{enhance, hydrate, Enhancement};
#[cfg(feature = "widget")]
pub use rendering::{render, render_in_slices, Rendering, View};

#[cfg(feature = "widget")]
fn error_value(error: InputError) -> JsValue {
    JsValue::from_str(&error.describe())
}

fn warn(prefix: &str, warning: &InputError) {
    let mut message = String::from("gloss: ");
    message.push_str(prefix);
    message.push_str(&warning.describe());
    web_sys::console::warn_1(&message.into());
}

/// The entities of the site glossaries in `glossaries` (an array of glossaries), in
/// order. An error or warning names its glossary: `glossary 2: [0].id: ...`.
async fn site_glossaries(glossaries: &JsValue, clock: &dyn Clock) -> Result<Vec<Entity>, JsValue> {
    let mut site = Vec::new();
    for (index, list) in Js(glossaries.clone())
        .elements()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let prefix = ["glossary ", &gloss_base::decimal(index + 1), ": "].concat();
        let glossary = model::read_glossary_paused(list, clock)
            .await
            .map_err(|e| JsValue::from_str(&[prefix.as_str(), &e.describe()].concat()))?;
        for warning in &glossary.warnings {
            warn(&prefix, warning);
        }
        site.extend(glossary.value);
    }
    Ok(site)
}

/// The slice's deadline, in `Date.now()` milliseconds.
#[derive(Default)]
struct SliceClock {
    deadline: Cell<f64>,
}

impl SliceClock {
    /// Starts a slice of about `budget` milliseconds.
    fn start(&self, budget: f64) {
        self.deadline.set(js_sys::Date::now() + budget);
    }
}

impl Clock for SliceClock {
    fn time_up(&self) -> bool {
        js_sys::Date::now() >= self.deadline.get()
    }
}

/// Whether a knowledge source's description of a page reads like `kind`, for the loader's
/// check of a page guessed from a name (`view::knowledge::reads_as`). It touches nothing
/// but its arguments.
#[wasm_bindgen]
pub fn reads_as(kind: &str, description: &str) -> bool {
    view::knowledge::reads_as(kind, description)
}
