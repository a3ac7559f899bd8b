//! Touch: a tap opens and closes a card, and the pointer events a touch screen emulates
//! start no dwell.

use crate::{check, closed, moved_card, opened, tap, Row};
use crate::{A0, B0, CARD_FIRST};
use gloss_cards::controller::Trigger::Touch;
use gloss_cards::controller::{Hit, Input};

const ROWS: &[Row] = &[
    Row {
        name: "touch: a tap opens the card",
        enabled: true,
        scene: &[],
        act: &[&tap(A0)],
        effects: &[&opened(A0, Touch, None)],
        open: Some((A0, Touch)),
    },
    Row {
        name: "touch: a second tap on the mention closes it",
        enabled: true,
        scene: &[&tap(A0)],
        act: &[&tap(A0)],
        effects: &[&closed(A0, Touch)],
        open: None,
    },
    Row {
        name: "touch: a tap outside closes it",
        enabled: true,
        scene: &[&tap(A0)],
        act: &[&[Input::PointerDown {
            hit: Hit::Outside,
            touch: true,
        }]],
        effects: &[&closed(A0, Touch)],
        open: None,
    },
    Row {
        name: "touch: a tap in the card keeps it",
        enabled: true,
        scene: &[&tap(A0)],
        act: &[&[Input::PointerDown {
            hit: CARD_FIRST,
            touch: true,
        }]],
        effects: &[],
        open: Some((A0, Touch)),
    },
    Row {
        name: "touch: the emulated pointer moves start no dwell",
        enabled: true,
        scene: &[],
        act: &[&[
            Input::PointerOver {
                hit: Hit::Mention(B0),
                x: 10,
                y: 10,
                touch: true,
                card: None,
            },
            Input::PointerOut {
                from: Hit::Mention(B0),
                to: Hit::Outside,
                x: 10,
                y: 10,
                touch: true,
            },
        ]],
        effects: &[],
        open: None,
    },
    Row {
        name: "touch: a tap on another mention moves the card",
        enabled: true,
        scene: &[&tap(A0)],
        act: &[&tap(B0)],
        effects: &[&moved_card(A0, B0, Touch, None)],
        open: Some((B0, Touch)),
    },
];

#[test]
fn touch_table() {
    check(ROWS);
}
