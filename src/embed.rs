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

/// Warns on the console: `gloss: ` and, when there is one, the input the warning is
/// about (a glossary's URL, the article's entities), the warning, and what became of
/// the part it names (`outcome`).
fn warn(source: &str, warning: &InputError, outcome: &str) {
    let described = warning.describe();
    let gap = if source.is_empty() { "" } else { ": " };
    let message = ["gloss: ", source, gap, &described, outcome].concat();
    web_sys::console::warn_1(&message.into());
}

/// Warns of an entity left out of `source` ([`gloss_model::Read::skipped`]): one entry,
/// or the whole list when an article's `entities` is not one.
fn warn_skipped(source: &str, problem: &InputError) {
    let outcome = if problem.path == "entities" {
        "; they are skipped"
    } else {
        "; the entry is skipped"
    };
    warn(source, problem, outcome);
}

const GLOSSARY_SKIPPED: &str = "; the glossary is skipped";

/// The entities of the site glossaries in `glossaries`, in order: an array of
/// `[source, glossary]` pairs, where `source` names the glossary (its URL) in the
/// console. A glossary is shared by every article of a site, so one careless edit must
/// not take them down: a glossary that cannot be read, and each entry that is wrong, is
/// skipped with one warning, and the rest is read.
async fn site_glossaries(glossaries: &JsValue, clock: &dyn Clock) -> Vec<Entity> {
    let mut site = Vec::new();
    for pair in Js(glossaries.clone()).elements().unwrap_or_default() {
        let pair = pair.elements().unwrap_or_default();
        let (Some(source), Some(list)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let source = source.string().unwrap_or_default();
        match model::read_glossary_paused(list, clock).await {
            Err(problem) => warn(&source, &problem, GLOSSARY_SKIPPED),
            Ok(glossary) => {
                for warning in &glossary.warnings {
                    warn(&source, warning, "");
                }
                for problem in &glossary.skipped {
                    warn_skipped(&source, problem);
                }
                site.extend(glossary.value);
            }
        }
    }
    site
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

/// The kind a knowledge source's description of a page reads like, as a card says it
/// ("Person", "Organization", "Place"), or "-" for none or several, for the loader's check
/// of a page guessed from a name (`view::knowledge::described_as`). It touches nothing
/// but its argument. Only the finders guess a page, so the lean builds leave it out, and
/// the word lists with it.
#[cfg(feature = "finders")]
#[wasm_bindgen]
pub fn described_as(description: &str) -> JsValue {
    // A JS string made here: a returned `String` would need the glue's free export.
    JsValue::from_str(
        gloss_view::knowledge::described_as(description).map_or("-", model::Kind::label),
    )
}
