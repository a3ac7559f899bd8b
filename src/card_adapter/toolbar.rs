//! The toolbar's cards switch and the index panel, kept in step with the controller: the
//! root's on/off class, the switch's pressed state and the reader's stored choice, the
//! mentions' tab stops and roles, and the index's ticks along their strips.

use super::Shared;
use crate::dom;
use gloss_cards::controller::Action;
use gloss_view::card_content::index_entries;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

impl Shared {
    /// Shows cards as on or off: the root's class, the switch, and the mentions' tab stops.
    pub(super) fn show_enabled(&self, enabled: bool) {
        let _ = self
            .root
            .class_list()
            .toggle_with_force("gloss-cards-off", !enabled);
        if let Ok(Some(toggle)) = self.root.query_selector(Action::ToggleCards.selector()) {
            let _ = toggle.set_attribute("aria-pressed", if enabled { "true" } else { "false" });
        }
        let mentions: Vec<Element> = self.mentions.borrow().iter().flatten().cloned().collect();
        for mention in mentions {
            show_as_mention(&mention, enabled);
        }
    }

    pub(super) fn show_index(&self, show: bool) {
        let Ok(Some(panel)) = self.root.query_selector("#gloss-index") else {
            return;
        };
        let Some(panel) = panel.dyn_ref::<HtmlElement>() else {
            return;
        };
        if show && panel.child_element_count() == 1 {
            // Opened for the first time: only the title is there yet.
            for entry in index_entries(&self.annotation) {
                dom::append(panel, &dom::create(&self.document, &entry));
            }
            place_ticks(panel);
        }
        panel.set_hidden(!show);
        if let Ok(Some(button)) = self.root.query_selector(Action::Index.selector()) {
            let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
        }
    }
}

/// Puts a mention in the tab order and gives it its button role, or, with cards off,
/// takes both away: off means off for the keyboard too.
pub(super) fn show_as_mention(mention: &Element, enabled: bool) {
    if enabled {
        if mention.get_attribute("data-gloss-tab").is_some() {
            let _ = mention.set_attribute("tabindex", "0");
        }
        let _ = mention.set_attribute("role", "button");
    } else {
        if mention.get_attribute("tabindex").as_deref() == Some("0") {
            let _ = mention.set_attribute("data-gloss-tab", "");
        }
        let _ = mention.set_attribute("tabindex", "-1");
        let _ = mention.remove_attribute("role");
    }
}

/// Sets each index tick's place along its strip from its `data-at` (per mille).
fn place_ticks(panel: &Element) {
    let Ok(ticks) = panel.query_selector_all(".gloss-tick") else {
        return;
    };
    for i in 0..ticks.length() {
        let Some(tick) = ticks.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let per_mille: u32 = tick
            .get_attribute("data-at")
            .and_then(|a| a.parse().ok())
            .unwrap_or(0);
        let at = [
            &gloss_base::decimal(per_mille as usize / 10),
            ".",
            &gloss_base::decimal(per_mille as usize % 10),
            "%",
        ]
        .concat();
        let _ = tick.style().set_property("inset-inline-start", &at);
    }
}
