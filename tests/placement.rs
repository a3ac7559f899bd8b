//! Card placement as a table: each row names a rule and gives the mention's line boxes,
//! the card's size, the viewport, the direction and the pointer, and the placement that
//! must come out.

use gloss_cards::placement::{place, Placement, Rect, Request, Size};

const fn line(left: f64, top: f64, right: f64, bottom: f64) -> Rect {
    Rect {
        left,
        top,
        right,
        bottom,
    }
}

const CARD: Size = Size {
    width: 300.0,
    height: 200.0,
};
const DESKTOP: Size = Size {
    width: 1000.0,
    height: 800.0,
};

const fn float(left: f64, top: f64, above: bool, arrow: f64) -> Placement {
    Placement::Float {
        left,
        top,
        above,
        arrow,
    }
}

/// A name wrapped over two lines: the end of one, the start of the next.
const WRAPPED: &[Rect] = &[
    line(500.0, 100.0, 700.0, 120.0),
    line(0.0, 124.0, 80.0, 144.0),
];

/// A row: the mention's line boxes, the card, the viewport, right to left, the pointer's
/// height, and the placement expected.
struct Row {
    name: &'static str,
    lines: &'static [Rect],
    card: Size,
    viewport: Size,
    rtl: bool,
    pointer_y: Option<f64>,
    expected: Placement,
}

const ROWS: &[Row] = &[
    Row {
        name: "below the mention, centred on it, when it fits",
        lines: &[line(400.0, 100.0, 500.0, 120.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(300.0, 130.0, false, 150.0),
    },
    Row {
        name: "flip: above the mention when only there it fits",
        lines: &[line(400.0, 700.0, 500.0, 720.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(300.0, 490.0, true, 150.0),
    },
    Row {
        name: "flip: exactly fitting below stays below",
        lines: &[line(400.0, 560.0, 500.0, 580.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(300.0, 590.0, false, 150.0),
    },
    Row {
        name: "shift: near the right edge the card moves left, the arrow still on the mention",
        lines: &[line(950.0, 100.0, 990.0, 120.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(690.0, 130.0, false, 280.0),
    },
    Row {
        name: "shift: near the left edge the card keeps its margin",
        lines: &[line(20.0, 100.0, 60.0, 120.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 130.0, false, 30.0),
    },
    Row {
        name: "arrow: never past the card's rounded corner",
        lines: &[line(0.0, 100.0, 10.0, 120.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 130.0, false, 14.0),
    },
    Row {
        name: "no room above or below: the roomier side, shifted inside the viewport",
        lines: &[line(100.0, 180.0, 200.0, 200.0)],
        card: Size {
            width: 300.0,
            height: 300.0,
        },
        viewport: Size {
            width: 1000.0,
            height: 400.0,
        },
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 90.0, false, 140.0),
    },
    Row {
        name: "a mention scrolled below the viewport: the card stays inside it",
        lines: &[line(400.0, 900.0, 500.0, 920.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(300.0, 590.0, true, 150.0),
    },
    Row {
        name: "a name wrapped over two lines anchors to the line under the pointer",
        lines: WRAPPED,
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: Some(130.0),
        expected: float(10.0, 154.0, false, 30.0),
    },
    Row {
        name: "a wrapped name under the pointer's first line anchors there",
        lines: WRAPPED,
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: Some(110.0),
        expected: float(450.0, 130.0, false, 150.0),
    },
    Row {
        name: "a wrapped name opened by keyboard anchors to its first line",
        lines: WRAPPED,
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(450.0, 130.0, false, 150.0),
    },
    Row {
        name: "bottom sheet below 600 px",
        lines: &[line(100.0, 100.0, 200.0, 120.0)],
        card: CARD,
        viewport: Size {
            width: 599.0,
            height: 800.0,
        },
        rtl: false,
        pointer_y: None,
        expected: Placement::Sheet,
    },
    Row {
        name: "no bottom sheet at 600 px",
        lines: &[line(100.0, 100.0, 200.0, 120.0)],
        card: CARD,
        viewport: Size {
            width: 600.0,
            height: 800.0,
        },
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 130.0, false, 140.0),
    },
    Row {
        name: "RTL: a card that fits is placed as in LTR",
        lines: &[line(400.0, 100.0, 500.0, 120.0)],
        card: CARD,
        viewport: DESKTOP,
        rtl: true,
        pointer_y: None,
        expected: float(300.0, 130.0, false, 150.0),
    },
    Row {
        name: "LTR: a card wider than the room keeps its left edge in view",
        lines: &[line(300.0, 100.0, 400.0, 120.0)],
        card: Size {
            width: 700.0,
            height: 200.0,
        },
        viewport: Size {
            width: 650.0,
            height: 800.0,
        },
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 130.0, false, 340.0),
    },
    Row {
        name: "RTL: a card wider than the room keeps its right edge, where reading starts",
        lines: &[line(300.0, 100.0, 400.0, 120.0)],
        card: Size {
            width: 700.0,
            height: 200.0,
        },
        viewport: Size {
            width: 650.0,
            height: 800.0,
        },
        rtl: true,
        pointer_y: None,
        expected: float(-60.0, 130.0, false, 410.0),
    },
    Row {
        name: "a mention with no line box (not laid out) still gives a placement",
        lines: &[],
        card: CARD,
        viewport: DESKTOP,
        rtl: false,
        pointer_y: None,
        expected: float(10.0, 10.0, false, 14.0),
    },
];

#[test]
fn placement_table() {
    for row in ROWS {
        let request = Request {
            lines: row.lines,
            card: row.card,
            viewport: row.viewport,
            rtl: row.rtl,
            pointer_y: row.pointer_y,
        };
        assert_eq!(place(&request), row.expected, "{}", row.name);
    }
}
