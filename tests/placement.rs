//! Card placement as a table: each row names a rule and gives the mention's line boxes,
//! the card's size, the viewport, the direction and the pointer, and the placement that
//! must come out.

use gloss_cards::placement::{place, Placement, Rect, Request, Size};

fn line(left: f64, top: f64, right: f64, bottom: f64) -> Rect {
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

fn float(left: f64, top: f64, above: bool, arrow: f64) -> Placement {
    Placement::Float {
        left,
        top,
        above,
        arrow,
    }
}

#[test]
fn placement_table() {
    // Name, lines, card, viewport, right to left, pointer height, placement.
    type Row = (
        &'static str,
        Vec<Rect>,
        Size,
        Size,
        bool,
        Option<f64>,
        Placement,
    );
    let wrapped = vec![
        line(500.0, 100.0, 700.0, 120.0),
        line(0.0, 124.0, 80.0, 144.0),
    ];
    let rows: Vec<Row> = vec![
        (
            "below the mention, centred on it, when it fits",
            vec![line(400.0, 100.0, 500.0, 120.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(300.0, 130.0, false, 150.0),
        ),
        (
            "flip: above the mention when only there it fits",
            vec![line(400.0, 700.0, 500.0, 720.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(300.0, 490.0, true, 150.0),
        ),
        (
            "flip: exactly fitting below stays below",
            vec![line(400.0, 560.0, 500.0, 580.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(300.0, 590.0, false, 150.0),
        ),
        (
            "shift: near the right edge the card moves left, the arrow still on the mention",
            vec![line(950.0, 100.0, 990.0, 120.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(690.0, 130.0, false, 280.0),
        ),
        (
            "shift: near the left edge the card keeps its margin",
            vec![line(20.0, 100.0, 60.0, 120.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(10.0, 130.0, false, 30.0),
        ),
        (
            "arrow: never past the card's rounded corner",
            vec![line(0.0, 100.0, 10.0, 120.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(10.0, 130.0, false, 14.0),
        ),
        (
            "no room above or below: the roomier side, shifted inside the viewport",
            vec![line(100.0, 180.0, 200.0, 200.0)],
            Size {
                width: 300.0,
                height: 300.0,
            },
            Size {
                width: 1000.0,
                height: 400.0,
            },
            false,
            None,
            float(10.0, 90.0, false, 140.0),
        ),
        (
            "a mention scrolled below the viewport: the card stays inside it",
            vec![line(400.0, 900.0, 500.0, 920.0)],
            CARD,
            DESKTOP,
            false,
            None,
            float(300.0, 590.0, true, 150.0),
        ),
        (
            "a name wrapped over two lines anchors to the line under the pointer",
            wrapped.clone(),
            CARD,
            DESKTOP,
            false,
            Some(130.0),
            float(10.0, 154.0, false, 30.0),
        ),
        (
            "a wrapped name under the pointer's first line anchors there",
            wrapped.clone(),
            CARD,
            DESKTOP,
            false,
            Some(110.0),
            float(450.0, 130.0, false, 150.0),
        ),
        (
            "a wrapped name opened by keyboard anchors to its first line",
            wrapped,
            CARD,
            DESKTOP,
            false,
            None,
            float(450.0, 130.0, false, 150.0),
        ),
        (
            "bottom sheet below 600 px",
            vec![line(100.0, 100.0, 200.0, 120.0)],
            CARD,
            Size {
                width: 599.0,
                height: 800.0,
            },
            false,
            None,
            Placement::Sheet,
        ),
        (
            "no bottom sheet at 600 px",
            vec![line(100.0, 100.0, 200.0, 120.0)],
            CARD,
            Size {
                width: 600.0,
                height: 800.0,
            },
            false,
            None,
            float(10.0, 130.0, false, 140.0),
        ),
        (
            "RTL: a card that fits is placed as in LTR",
            vec![line(400.0, 100.0, 500.0, 120.0)],
            CARD,
            DESKTOP,
            true,
            None,
            float(300.0, 130.0, false, 150.0),
        ),
        (
            "LTR: a card wider than the room keeps its left edge in view",
            vec![line(300.0, 100.0, 400.0, 120.0)],
            Size {
                width: 700.0,
                height: 200.0,
            },
            Size {
                width: 650.0,
                height: 800.0,
            },
            false,
            None,
            float(10.0, 130.0, false, 340.0),
        ),
        (
            "RTL: a card wider than the room keeps its right edge, where reading starts",
            vec![line(300.0, 100.0, 400.0, 120.0)],
            Size {
                width: 700.0,
                height: 200.0,
            },
            Size {
                width: 650.0,
                height: 800.0,
            },
            true,
            None,
            float(-60.0, 130.0, false, 410.0),
        ),
        (
            "a mention with no line box (not laid out) still gives a placement",
            vec![],
            CARD,
            DESKTOP,
            false,
            None,
            float(10.0, 10.0, false, 14.0),
        ),
    ];
    for (name, lines, card, viewport, rtl, pointer_y, expected) in rows {
        let request = Request {
            lines: &lines,
            card,
            viewport,
            rtl,
            pointer_y,
        };
        assert_eq!(place(&request), expected, "{name}");
    }
}
