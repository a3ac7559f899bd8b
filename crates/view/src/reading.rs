//! The reading time: how many words an article has, as a reader reads them.

use gloss_base::pause::{pause_point, Clock};
use gloss_model::Article;

/// Words a reader reads: white-space separated words, plus one word for every two
/// characters of scripts written without spaces. Pauses between blocks when `clock`'s
/// time is up.
pub async fn reading_words(article: &Article, clock: &dyn Clock) -> usize {
    let mut words = 0;
    for block in &article.body {
        pause_point(clock).await;
        for rich in block.texts() {
            words += count_words(&rich.text);
        }
    }
    words
}

/// The words in a text for reading time: runs between white space, plus one for every
/// two characters of Japanese, Chinese or Korean, which are written without spaces.
/// ASCII, most of any text, is read byte by byte.
fn count_words(text: &str) -> usize {
    let (mut words, mut unspaced) = (0, 0);
    let mut in_word = false;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let byte = bytes[at];
        let space = if byte < 0x80 {
            at += 1;
            matches!(byte, b'\t'..=b'\r' | b' ')
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            at += c.len_utf8();
            unspaced +=
                matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF) as usize;
            c.is_whitespace()
        };
        words += (!space && !in_word) as usize;
        in_word = !space;
    }
    words + unspaced / 2
}

#[cfg(test)]
mod tests {
    use super::count_words;
    use proptest::prelude::*;

    /// What `count_words` must equal: Unicode white space splits words, and every two
    /// unspaced CJK characters count as one.
    fn reference(text: &str) -> usize {
        let unspaced = text
            .chars()
            .filter(|c| matches!(*c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
            .count();
        text.split_whitespace().count() + unspaced / 2
    }

    #[test]
    fn words_are_counted_like_split_whitespace() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tnew\nline\rform\u{c}feed\u{b}vertical",
            "no\u{a0}break and\u{3000}ideographic\u{2028}line",
            "国际刑警组织 Interpol 인터폴",
            "\u{1c}\u{1f} control characters are not spaces",
        ] {
            assert_eq!(count_words(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_counts_like_the_reference(text in "[ a\\t\\n\\u{b}\\u{1c}\\u{a0}\\u{3000}\\u{2029}国인é-]{0,40}") {
            prop_assert_eq!(count_words(&text), reference(&text));
        }
    }
}
