//! The keyboard: focus opens a card, Tab and Shift+Tab go through it as through the page,
//! Escape and Enter close and open it, and focus leaving it closes it.

use crate::{check, closed, focus, key, keyboard_open, opened, Row};
use crate::{A0, B0, CARD_FIRST, CARD_LAST, POINTER_OPEN, PREVENT};
use gloss_cards::controller::Trigger::{Keyboard, Pointer};
use gloss_cards::controller::{Effect, Focus, Hit, Input, Key};

const ROWS: &[Row] = &[
    Row {
        name: "keyboard: focus on a mention opens its card at once, at its first line",
        enabled: true,
        scene: &[],
        act: &[&keyboard_open(A0)],
        effects: &[&opened(A0, Keyboard, None)],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "keyboard: focus that follows a click opens nothing",
        enabled: true,
        scene: &[],
        act: &[&[Input::FocusIn {
            hit: Hit::Mention(A0),
            visible: false,
        }]],
        effects: &[],
        open: None,
    },
    Row {
        name: "Tab order: Tab on the open mention goes to the card's first element",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[key(Key::Tab, Hit::Mention(A0))]],
        effects: &[&[PREVENT, Effect::Focus(Focus::CardStart)]],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "Tab order: Shift+Tab on the card's first element goes back to the mention",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[key(Key::ShiftTab, CARD_FIRST), focus(A0), Input::FocusDone]],
        effects: &[&[PREVENT, Effect::Focus(Focus::Mention(A0))]],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "Tab order: Tab within the card is the browser's",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[key(
            Key::Tab,
            Hit::Card {
                first: false,
                last: false,
            },
        )]],
        effects: &[],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "Tab order: Tab on the card's last element goes on to the next mention",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[
            Input::Key {
                key: Key::Tab,
                hit: CARD_LAST,
                next_stop: Some(B0),
            },
            focus(B0),
        ]],
        effects: &[
            &[PREVENT],
            &closed(A0, Keyboard),
            &[Effect::Focus(Focus::Mention(B0))],
            &opened(B0, Keyboard, None),
        ],
        open: Some((B0, Keyboard)),
    },
    Row {
        name: "Tab order: with no mention after it, Tab out returns to the mention, closed",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[key(Key::Tab, CARD_LAST), focus(A0), Input::FocusDone]],
        effects: &[
            &[PREVENT],
            &closed(A0, Keyboard),
            &[Effect::Focus(Focus::Mention(A0))],
        ],
        open: None,
    },
    Row {
        name: "Escape closes and returns focus to the mention, which does not reopen it",
        enabled: true,
        scene: &[&keyboard_open(A0), &[key(Key::Tab, Hit::Mention(A0))]],
        act: &[&[key(Key::Escape, CARD_FIRST), focus(A0), Input::FocusDone]],
        effects: &[
            &[PREVENT],
            &closed(A0, Keyboard),
            &[Effect::Focus(Focus::Mention(A0))],
        ],
        open: None,
    },
    Row {
        name: "Escape with focus elsewhere closes and leaves focus alone",
        enabled: true,
        scene: &[POINTER_OPEN],
        act: &[&[key(Key::Escape, Hit::Outside)]],
        effects: &[&[PREVENT], &closed(A0, Pointer)],
        open: None,
    },
    Row {
        name: "after Escape, focus that comes back later opens the card again",
        enabled: true,
        scene: &[
            &keyboard_open(A0),
            &[key(Key::Escape, Hit::Mention(A0)), Input::FocusDone],
        ],
        act: &[&[focus(A0)]],
        effects: &[&opened(A0, Keyboard, None)],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "Enter on a mention opens its card; Enter again closes it",
        enabled: true,
        scene: &[],
        act: &[&[
            key(Key::Enter, Hit::Mention(A0)),
            key(Key::Space, Hit::Mention(A0)),
        ]],
        effects: &[
            &[PREVENT],
            &opened(A0, Keyboard, None),
            &[PREVENT],
            &closed(A0, Keyboard),
        ],
        open: None,
    },
    Row {
        name: "focus leaving a keyboard card for the page closes it",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::FocusOut { to: Hit::Outside }]],
        effects: &[&closed(A0, Keyboard)],
        open: None,
    },
    Row {
        name: "focus moving into the card keeps it",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::FocusOut { to: CARD_FIRST }]],
        effects: &[],
        open: Some((A0, Keyboard)),
    },
];

#[test]
fn keyboard_table() {
    check(ROWS);
}
