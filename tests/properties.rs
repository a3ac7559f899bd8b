//! Property tests: on random and adversarial text, annotation never panics, mentions
//! never overlap or fall outside their run, the three offset units agree, and the
//! rendered view gives back the input text exactly.

use gloss_engine::{annotate, annotate_runs, Options, Run, RunPlace};
use gloss_model::{Article, Block, Entity, Kind, Rich};
use gloss_view::{self as view, Node};
use proptest::prelude::*;

/// Pieces that stress the tokenizer and matcher: names, punctuation that folds,
/// combining marks, emoji with joiners, right-to-left text, CJK and controls.
const PIECES: &[&str] = &[
    "Interpol",
    "Interpol\u{2019}s",
    "IPAC",
    "Hu",
    "Huawei",
    "Hu Binchen",
    "red notice",
    "red notices",
    "Inter-Parliamentary Alliance on China",
    "China",
    "(",
    ")",
    "(MPS)",
    "Ministry of Public Security",
    ". ",
    ", ",
    " ",
    "\u{a0}",
    "\u{2014}",
    "\u{2011}",
    "'",
    "\u{201C}",
    "\u{201D}",
    "e\u{301}",
    "\u{1F600}",
    "\u{1F469}\u{200D}\u{1F4BB}",
    "\u{5E9}\u{5DC}\u{5D5}\u{5DD}",
    "\u{627}\u{644}\u{635}\u{64A}\u{646}",
    "\u{202E}",
    "中华人民共和国公安部",
    "東京",
    "\u{0}",
    "\u{7}",
    "\n",
    "The",
    "Mr. Smith",
    "Nov. 15",
    "A",
    "s",
    "’s",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

fn glossary() -> impl Strategy<Value = Vec<Entity>> {
    prop::collection::vec((prop::sample::select(PIECES), any::<bool>()), 0..8).prop_map(|names| {
        names
            .into_iter()
            .enumerate()
            .filter(|(_, (name, _))| name.chars().any(char::is_alphanumeric))
            .map(|(i, (name, concept))| Entity {
                id: format!("e{i}"),
                name: name.to_string(),
                kind: if concept { Kind::Concept } else { Kind::Other },
                ..Entity::default()
            })
            .collect()
    })
}

fn check_runs(texts: &[String], glossary: &[Entity]) {
    let runs: Vec<Run> = texts
        .iter()
        .enumerate()
        .map(|(block, text)| Run::new(RunPlace::Body { block, item: 0 }, text))
        .collect();
    let annotation = annotate_runs(&runs, glossary, &Options::default());
    for (run, text) in annotation.runs.iter().zip(texts) {
        let mut end = 0;
        for m in &run.mentions {
            assert!(
                m.start >= end && m.start < m.end && m.end <= text.len(),
                "overlap or out of bounds"
            );
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert_eq!(text[..m.start].chars().count(), m.start_char);
            assert_eq!(text[..m.end].encode_utf16().count(), m.end_utf16);
            assert!(m.entity < annotation.entities.len());
            end = m.end;
        }
    }
}

fn texts_of(node: &Node, class: &str, out: &mut Vec<String>) {
    if let Node::Element(element) = node {
        if element.get("class") == Some(class)
            || (class == "p" && element.tag == "p" && element.get("class").is_none())
        {
            out.push(node.text_content());
        }
        for child in &element.children {
            texts_of(child, class, out);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn annotation_is_sound(texts in prop::collection::vec(text(), 1..5), glossary in glossary()) {
        check_runs(&texts, &glossary);
    }

    /// gloss writes its numbers with `decimal`, never `to_string`; they must agree.
    #[test]
    fn decimal_is_to_string(n in any::<usize>(), small in 0usize..100_000) {
        for n in [n, small, 0, usize::MAX] {
            prop_assert_eq!(gloss_base::decimal(n), n.to_string());
        }
    }

    /// `fold` copies ASCII text in a fast path; it must agree with `fold_char` throughout.
    #[test]
    fn fold_is_fold_char_on_every_character(text in text(), ascii in "[ -~]{0,40}") {
        for text in [text, ascii] {
            let by_char: String = text.chars().map(gloss_engine::text::fold_char).collect();
            prop_assert_eq!(gloss_engine::text::fold(&text), by_char);
        }
    }

    #[test]
    fn rendered_text_equals_input(paragraphs in prop::collection::vec(text(), 1..6), title in text(), glossary in glossary()) {
        let title = format!("T{title}");
        let article = Article {
            title: title.clone(),
            body: paragraphs.iter().map(|t| Block::Paragraph { text: Rich::plain(t.clone()) }).collect(),
            ..Article::default()
        };
        let annotation = annotate(&article, &glossary, &Options::default());
        let (root, _) = view::build(&article, &annotation, &view::ViewOptions::default());
        let root = Node::Element(root);
        let mut shown = Vec::new();
        texts_of(&root, "p", &mut shown);
        prop_assert_eq!(&shown, &paragraphs);
        let mut titles = Vec::new();
        texts_of(&root, "gloss-title", &mut titles);
        prop_assert_eq!(titles, vec![title]);
    }
}

#[test]
fn very_long_paragraph() {
    let paragraph =
        "Interpol and the Ministry of Public Security (MPS) met Hu Binchen. Hu left. ".repeat(1400);
    assert!(paragraph.len() > 100_000);
    check_runs(&[paragraph], &[]);
}

#[test]
fn ten_thousand_paragraphs() {
    let texts: Vec<String> = (0..10_000)
        .map(|i| format!("Paragraph {i} names Interpol and China."))
        .collect();
    check_runs(&texts, &[]);
}
