//! The optional reading-progress bar: a thin line at the top of the widget that fills as
//! the reader scrolls through the article.

use super::listener::Listener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// The live bar. Dropping it removes its listeners.
pub struct Progress {
    _listeners: [Listener; 2],
}

impl Progress {
    /// Puts the bar first in `root` and follows `article` as the page scrolls.
    pub fn attach(
        document: &Document,
        root: &Element,
        article: &Element,
    ) -> Result<Progress, JsValue> {
        // Made from a view tree, as the rest of the widget is: the DOM calls are ones the
        // view already makes.
        let mut bar = gloss_view::Element::new("div");
        bar.set_attr("class", "gloss-progress")
            .set_attr("aria-hidden", "true")
            .add("span");
        let bar = super::dom::create(document, &bar);
        let fill: HtmlElement = bar.first_element_child().ok_or("no fill")?.unchecked_into();
        root.insert_before(&bar, root.first_child().as_ref())?;
        let window = web_sys::window().ok_or("no window")?;
        let update = {
            let (article, fill) = (article.clone(), fill.clone());
            move || {
                let height = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .unwrap_or(1.0);
                let rect = article.get_bounding_client_rect();
                let travel = (rect.height() - height).max(1.0);
                let per_mille = ((-rect.top() / travel).clamp(0.0, 1.0) * 1000.0).round() as u32;
                // "scaleX(0.420)", built without float formatting.
                let mut value = String::from("scaleX(");
                value.push_str(&gloss_base::decimal(per_mille as usize / 1000));
                value.push('.');
                let fraction = gloss_base::decimal(per_mille as usize % 1000);
                for _ in fraction.len()..3 {
                    value.push('0');
                }
                value.push_str(&fraction);
                value.push(')');
                let _ = fill.style().set_property("transform", &value);
            }
        };
        update();
        let on_scroll = {
            let update = update.clone();
            Listener::new(&window, "scroll", true, Box::new(move |_| update()))
        };
        let on_resize = Listener::new(&window, "resize", false, Box::new(move |_| update()));
        Ok(Progress {
            _listeners: [on_scroll, on_resize],
        })
    }
}
