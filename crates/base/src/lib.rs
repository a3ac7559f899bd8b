//! What every layer of gloss shares: the one string-keyed map, numbers written without
//! `core::fmt`, and the pause points that let long work yield in the browser.
//!
//! **Architecture Invariant:** this crate depends on nothing, gloss's crates included.

pub mod pause;

/// The one string-keyed map gloss uses, for sets too: each distinct map type costs its
/// own copy of the hash table code in the wasm. Make one with `StringMap::default()`.
/// Look keys up as `&str` (`get(id.as_str())`), never `&String`: each key type is a copy
/// of `get` of its own.
pub type StringMap =
    std::collections::HashMap<String, usize, std::hash::BuildHasherDefault<StringHasher>>;

/// The hash of [`StringMap`]: eight bytes at a time, a rotate, an exclusive or and a
/// multiply, then one final mix. std's SipHash is several times the work, and on wasm its
/// keys are constants anyway, so it guards against nothing there; this is smaller and
/// faster. Equal hashes are always confirmed by comparing the strings.
#[derive(Default)]
pub struct StringHasher(u64);

impl StringHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
}

impl std::hash::Hasher for StringHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.add(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        // The last few bytes, with their count in the top byte, which they never reach.
        let rest = words.remainder();
        let mut last = [0; 8];
        last[..rest.len()].copy_from_slice(rest);
        last[7] = rest.len() as u8;
        self.add(u64::from_le_bytes(last));
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(byte as u64);
    }

    fn finish(&self) -> u64 {
        let mixed = (self.0 ^ (self.0 >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        mixed ^ (mixed >> 29)
    }
}

/// `n` in decimal digits. gloss writes numbers with this, and joins strings with
/// `concat`, rather than use `to_string` or `format!`, which would bring `core::fmt` into
/// the wasm (DESIGN.md, "Size").
pub fn decimal(mut n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[at..].iter().map(|&digit| digit as char).collect()
}
