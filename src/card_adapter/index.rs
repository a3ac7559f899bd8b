//! The view's index panel, kept in step with the controller: filled when first opened,
//! with each entry's ticks placed along its strip. Only a view has one (an enhanced
//! page's toolbar has no index button), so only the widget builds hold this.

use super::Shared;
use crate::dom;
use gloss_cards::controller::Action;
use gloss_view::card_content::index_entries;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

impl Shared {
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

/// Sets each index tick's place along its strip from its `data-at` (per mille).
fn place_ticks(panel: &Element) {
    let Ok(ticks) = panel.query_selector_all(".gloss-tick") else {
        return;
    };
    for i in 0..ticks.length() {
        let Some(tick) = ticks.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        // Per mille as a percentage with one decimal: the digits with a point before the
        // last, as text (no number parsing in the wasm).
        let mut per_mille = tick.get_attribute("data-at").unwrap_or_default();
        if !per_mille.bytes().all(|b| b.is_ascii_digit()) {
            per_mille.clear();
        }
        let (whole, tenths) = per_mille.split_at(per_mille.len().saturating_sub(1));
        let whole = if whole.is_empty() { "0" } else { whole };
        let tenths = if tenths.is_empty() { "0" } else { tenths };
        let at = [whole, ".", tenths, "%"].concat();
        let _ = tick.style().set_property("inset-inline-start", &at);
    }
}
