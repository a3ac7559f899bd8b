//! The reader's cards switch, kept in step with the controller: the root's on/off class,
//! the switch's pressed state, and the mentions' roles, popups and tab stops.

use super::Shared;
use gloss_cards::controller::Action;
use gloss_cards::MentionId;
use web_sys::Element;

impl Shared {
    /// Shows cards as on or off: the root's class, the switch, and the mentions' roles and
    /// tab stops.
    pub(super) fn show_enabled(&self, enabled: bool) {
        let _ = self
            .root
            .class_list()
            .toggle_with_force("gloss-cards-off", !enabled);
        // The switch is in the widget root that holds the card: the view's, or on an
        // enhanced page the one in the card's own shadow root.
        let root = self.card.closest(".gloss-root").ok().flatten();
        let toggle = root.and_then(|r| r.query_selector(Action::ToggleCards.selector()).ok()?);
        if let Some(toggle) = toggle {
            let _ = toggle.set_attribute("aria-pressed", if enabled { "true" } else { "false" });
        }
        // One mention at a time, each borrow ended before the DOM is touched.
        let entities = self.mentions.borrow().len();
        for entity in 0..entities {
            let mut at = 0;
            while let Some(mention) = self.element(MentionId { entity, at }) {
                show_as_mention(&mention, enabled);
                at += 1;
            }
        }
    }
}

/// What a mention is while cards are on: a button that opens a dialog, collapsed, in the
/// tab order (as a tab stop where `data-gloss-tab` says so). `aria-controls`, which comes
/// when its card first opens, has no value here: it is only taken away.
const AS_BUTTON: [(&str, &str); 5] = [
    ("role", "button"),
    ("aria-expanded", "false"),
    ("aria-haspopup", "dialog"),
    ("tabindex", "-1"),
    ("aria-controls", ""),
];

/// Makes a mention a button that opens its card or, with cards off, plain text: no
/// role, state, popup or tab stop, nothing a screen reader would announce, as off means
/// off for every reader. `data-gloss-tab` keeps the tab stops meanwhile.
pub(super) fn show_as_mention(mention: &Element, enabled: bool) {
    if mention.get_attribute("tabindex").as_deref() == Some("0") {
        let _ = mention.set_attribute("data-gloss-tab", "");
    }
    let stop = mention.get_attribute("data-gloss-tab").is_some();
    for (name, value) in AS_BUTTON {
        let _ = if !enabled {
            mention.remove_attribute(name)
        } else if name == "tabindex" && stop {
            mention.set_attribute(name, "0")
        } else if value.is_empty() {
            Ok(())
        } else {
            mention.set_attribute(name, value)
        };
    }
}
