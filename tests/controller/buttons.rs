//! The card's buttons: next and previous go round an entity's mentions, close closes, the
//! index opens an entity's first mention, and a related chip opens its entity's card.

use crate::{check, closed, focus, keyboard_open, moved_card, moved_card_from, opened, Row};
use crate::{A0, A1, A2, B0, C0, POINTER_OPEN};
use gloss_cards::controller::Trigger::{Keyboard, Pointer};
use gloss_cards::controller::{Action, Effect, Focus, Input, MentionId};

/// The effects of one Next from `from` to `to` on a card the keyboard opened.
const fn next_by_keyboard(from: MentionId, to: MentionId) -> [Effect; 8] {
    let [a, b, c, d, e] = moved_card(from, to, Keyboard, None);
    [
        Effect::ScrollTo(to),
        Effect::Flash(to),
        a,
        b,
        c,
        d,
        e,
        Effect::Focus(Focus::Button(Action::Next)),
    ]
}

const ROWS: &[Row] = &[
    Row {
        name: "next moves the card to the next mention, highlighted, focus on next",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::Action(Action::Next)]],
        effects: &[
            &[Effect::ScrollTo(A1), Effect::Flash(A1)],
            &moved_card(A0, A1, Keyboard, None),
            &[Effect::Focus(Focus::Button(Action::Next))],
        ],
        open: Some((A1, Keyboard)),
    },
    Row {
        name: "next wraps around from the last mention to the first",
        enabled: true,
        scene: &[&keyboard_open(A2)],
        act: &[&[Input::Action(Action::Next)]],
        effects: &[
            &[Effect::ScrollTo(A0), Effect::Flash(A0)],
            &moved_card(A2, A0, Keyboard, None),
            &[Effect::Focus(Focus::Button(Action::Next))],
        ],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "previous wraps around from the first mention to the last",
        enabled: true,
        scene: &[POINTER_OPEN],
        act: &[&[Input::Action(Action::Previous)]],
        effects: &[
            &[Effect::ScrollTo(A2), Effect::Flash(A2)],
            &moved_card(A0, A2, Pointer, Some(150)),
            &[Effect::Focus(Focus::Button(Action::Previous))],
        ],
        open: Some((A2, Pointer)),
    },
    Row {
        name: "next eight times goes round and round",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::Action(Action::Next); 8]],
        effects: &[
            &next_by_keyboard(A0, A1),
            &next_by_keyboard(A1, A2),
            &next_by_keyboard(A2, A0),
            &next_by_keyboard(A0, A1),
            &next_by_keyboard(A1, A2),
            &next_by_keyboard(A2, A0),
            &next_by_keyboard(A0, A1),
            &next_by_keyboard(A1, A2),
        ],
        open: Some((A2, Keyboard)),
    },
    Row {
        name: "the close button closes and returns focus to the mention",
        enabled: true,
        scene: &[&keyboard_open(B0)],
        act: &[&[Input::Action(Action::Close), focus(B0), Input::FocusDone]],
        effects: &[&closed(B0, Keyboard), &[Effect::Focus(Focus::Mention(B0))]],
        open: None,
    },
    Row {
        name: "index: the button shows and hides the index",
        enabled: true,
        scene: &[],
        act: &[&[Input::Action(Action::Index), Input::Action(Action::Index)]],
        effects: &[&[Effect::ShowIndex(true), Effect::ShowIndex(false)]],
        open: None,
    },
    Row {
        name: "index: an entry opens the entity's first mention, scrolled to and focused",
        enabled: true,
        scene: &[&[Input::Action(Action::Index)]],
        act: &[&[
            Input::Show {
                entity: 1,
                trigger: Keyboard,
            },
            focus(B0),
            Input::FocusDone,
        ]],
        effects: &[
            &[Effect::ScrollTo(B0), Effect::Focus(Focus::Mention(B0))],
            &opened(B0, Keyboard, None),
        ],
        open: Some((B0, Keyboard)),
    },
    Row {
        name: "a related chip opens its entity's card without moving focus",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::Show {
            entity: 2,
            trigger: Pointer,
        }]],
        effects: &[
            &[Effect::ScrollTo(C0)],
            &moved_card_from(A0, Keyboard, C0, Pointer, Some(0)),
        ],
        open: Some((C0, Pointer)),
    },
];

#[test]
fn buttons_table() {
    check(ROWS);
}
