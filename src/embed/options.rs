//! The host page's options, read from a plain JS object ([`MountOptions`]), and the
//! widget's words in the page's language with the options' replacements
//! ([`messages_for`]): the one reading of both that a rendering and an enhancement share.

use super::{warn, Js};
use gloss_engine::Options;
use gloss_model::value::JsonValue;
use gloss_model::InputError;
use gloss_view as view;
use wasm_bindgen::prelude::*;

/// Options from the host page, read from a plain JS object. Unknown keys are ignored.
/// The enhancement build reads them all, as the widget's do, but uses only some; the lean
/// builds do not read `auto`, which only switches finders they do not have.
#[cfg_attr(not(feature = "widget"), allow(dead_code))]
pub(super) struct MountOptions {
    pub(super) dwell: Option<u32>,
    pub(super) hide_delay: Option<u32>,
    pub(super) cards: Option<bool>,
    /// gloss's own switch for the reader; false where the host offers its own.
    pub(super) toggle: bool,
    pub(super) index: bool,
    pub(super) progress: bool,
    pub(super) words_per_minute: u32,
    /// Replacement words for the widget's own messages, by name.
    pub(super) messages: Vec<(String, String)>,
    /// A test hook: panic inside `render`, to prove a panic stays inside its widget.
    pub(super) panic_for_testing: bool,
    /// A test hook: trap when a card is placed, to prove that a trap inside an event
    /// handler stops only its widget's cards.
    pub(super) trap_in_cards_for_testing: bool,
    /// `auto: false` turns every finder off; `auto: {acronyms, names, people, context}`
    /// switches them one by one (a missing key leaves that finder on).
    pub(super) finders: Options,
}

impl MountOptions {
    pub(super) fn read(value: &JsValue) -> MountOptions {
        let value = &Js(value.clone());
        let millis = |key| {
            number(value, key)
                .filter(|n| *n >= 0.0 && *n < 60_000.0)
                .map(|n| n as u32)
        };
        MountOptions {
            dwell: millis("dwell"),
            hide_delay: millis("hideDelay"),
            cards: flag(value, "cards"),
            toggle: flag(value, "toggle") != Some(false),
            index: flag(value, "index") == Some(true),
            panic_for_testing: flag(value, "__panicForTesting") == Some(true),
            trap_in_cards_for_testing: flag(value, "__trapInCardsForTesting") == Some(true),
            progress: flag(value, "progress") == Some(true),
            words_per_minute: number(value, "wordsPerMinute")
                .filter(|n| *n >= 1.0 && *n <= 2000.0)
                .map_or(0, |n| n as u32),
            messages: messages(value),
            // Without the finders (the lean builds) there is nothing to switch.
            finders: match cfg!(feature = "finders") {
                true => finders(value),
                false => Options::glossary_only(),
            },
        }
    }
}

/// The replacement words of `messages`, by name. A plain loop: a `filter_map` collected
/// compiled to an iterator of its own.
fn messages(value: &Js) -> Vec<(String, String)> {
    let mut messages = Vec::new();
    if let Some(m) = value.member("messages") {
        for key in m.keys() {
            // The input's own keys: read directly, not through the cache of gloss's
            // member names.
            let text = js_sys::Reflect::get(&m.0, &JsValue::from_str(&key));
            if let Some(text) = text.ok().and_then(|text| text.as_string()) {
                messages.push((key, text));
            }
        }
    }
    messages
}

/// The finders `auto` switches: `false` all, `{acronyms, names, people, context}` one by
/// one (a missing key leaves that finder on).
fn finders(value: &Js) -> Options {
    match value.member("auto") {
        Some(auto) if auto.boolean() == Some(false) => Options::glossary_only(),
        Some(auto) => {
            let on = |key| flag(&auto, key) != Some(false);
            Options {
                acronyms: on("acronyms"),
                names: on("names"),
                people: on("people"),
                context: on("context"),
                ..Options::default()
            }
        }
        None => Options::default(),
    }
}

/// The boolean at `key`, if it is one. Out of line, as each option's reading was
/// spelt out in full.
#[inline(never)]
fn flag(value: &Js, key: &'static str) -> Option<bool> {
    value.member(key)?.boolean()
}

/// The number at `key`, if it is one.
#[inline(never)]
fn number(value: &Js, key: &'static str) -> Option<f64> {
    value.member(key)?.number()
}

/// The widget's words in `lang`, with the options' replacements; an unknown key is
/// warned about and ignored.
pub(super) fn messages_for(lang: Option<&str>, options: &MountOptions) -> view::Messages {
    let mut messages = view::Messages::for_language(lang);
    for (key, text) in &options.messages {
        if !messages.set(key, text.clone()) {
            let path = String::from("messages.") + key;
            warn("", &InputError::at(path, "unknown message, ignored"), "");
        }
    }
    messages
}
