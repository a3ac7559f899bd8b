//! The controller's life: the off switch, scrolling, destroying the view, and mentions
//! that have not arrived yet.

use crate::{check, closed, focus, key, keyboard_open, opened, over, tap, Row};
use crate::{A0, B0, POINTER_OPEN};
use gloss_cards::controller::Trigger::{Keyboard, Pointer};
use gloss_cards::controller::{Action, Effect, Hit, Input, Key, MentionId};

const ROWS: &[Row] = &[
    Row {
        name: "off switch: turning cards off closes the card and stores the choice",
        enabled: true,
        scene: &[POINTER_OPEN],
        act: &[&[Input::Action(Action::ToggleCards)]],
        effects: &[
            &closed(A0, Pointer),
            &[Effect::StoreChoice(false), Effect::ShowEnabled(false)],
        ],
        open: None,
    },
    Row {
        name: "off switch: while off, hover, focus, Enter and taps open nothing",
        enabled: false,
        scene: &[],
        act: &[
            &[over(A0, 1, 1), focus(A0), key(Key::Enter, Hit::Mention(A0))],
            &tap(B0),
        ],
        effects: &[],
        open: None,
    },
    Row {
        name: "off switch: turning cards on again",
        enabled: false,
        scene: &[],
        act: &[&[Input::Action(Action::ToggleCards), focus(A0)]],
        effects: &[
            &[Effect::StoreChoice(true), Effect::ShowEnabled(true)],
            &opened(A0, Keyboard, None),
        ],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "scrolling places the open card again",
        enabled: true,
        scene: &[&keyboard_open(A0)],
        act: &[&[Input::Reposition]],
        effects: &[&[Effect::Position {
            mention: A0,
            pointer_y: None,
        }]],
        open: Some((A0, Keyboard)),
    },
    Row {
        name: "destroying the view closes the card, and then nothing answers",
        enabled: true,
        scene: &[POINTER_OPEN],
        act: &[&[Input::Destroy, focus(B0), Input::Action(Action::Next)]],
        effects: &[&closed(A0, Pointer)],
        open: None,
    },
    Row {
        name: "a mention that has not arrived yet opens nothing",
        enabled: true,
        scene: &[],
        act: &[&[
            focus(MentionId { entity: 2, at: 1 }),
            focus(MentionId { entity: 9, at: 0 }),
        ]],
        effects: &[],
        open: None,
    },
];

#[test]
fn lifecycle_table() {
    check(ROWS);
}
