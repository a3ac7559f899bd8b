//! The field helpers the v1 readers are built from: the [`Reader`] that gathers the
//! warnings, and its methods that read one member of an object (a string, a flag, a
//! dimension, a list) and put the member's JSON path into every error they return. They
//! know nothing of the format's parts, which `mod.rs` reads with them.

use super::super::path::{element_path, member_path};
use super::super::value::{JsonValue, Shape};
use super::super::{whole_pixels, InputError};
use gloss_base::pause::{pause_point, Clock};

/// A problem as the readers pass it up: boxed, so that each `?` moves one pointer rather
/// than the whole error.
pub(super) type Problem = Box<InputError>;

pub(super) fn expected(path: &str, what: &str, found: Shape) -> Problem {
    let mut message = String::from("expected ");
    message.push_str(what);
    message.push_str(", found ");
    message.push_str(found.described());
    Box::new(InputError::at(path, message))
}

/// The elements of `value`, which must be an array.
pub(super) fn array<V: JsonValue>(value: &V, path: &str) -> Result<Vec<V>, Problem> {
    value
        .elements()
        .ok_or_else(|| expected(path, "an array", value.shape()))
}

/// Reads one array element and keeps what it read. Every kind of element goes through this
/// one `dyn` type, so the loops over arrays are compiled once rather than once per kind
/// of element (DESIGN.md, "Size").
pub(super) type Each<'a, V> = dyn FnMut(&mut Reader, &V, &str) -> Result<(), Problem> + 'a;

/// The member `key` of `object`, unless it is missing or null.
pub(super) fn present<V: JsonValue>(object: &V, key: &'static str) -> Option<V> {
    object
        .member(key)
        .filter(|value| value.shape() != Shape::Null)
}

#[derive(Default)]
pub(super) struct Reader {
    pub(super) warnings: Vec<InputError>,
    /// Entries left out because they are wrong (`Read::skipped`).
    pub(super) skipped: Vec<InputError>,
}

impl Reader {
    /// Warns about every member of `object` that is not in `known`.
    pub(super) fn known_fields<V: JsonValue>(&mut self, object: &V, path: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.warnings.push(InputError::at(
                    member_path(path, &key),
                    "unknown field, ignored",
                ));
            }
        }
    }

    pub(super) fn object<V: JsonValue>(
        &mut self,
        value: &V,
        path: &str,
        known: &[&str],
    ) -> Result<(), Problem> {
        match value.shape() {
            Shape::Object => {
                self.known_fields(value, path, known);
                Ok(())
            }
            other => Err(expected(path, "an object", other)),
        }
    }

    pub(super) fn string<V: JsonValue>(
        &mut self,
        value: &V,
        path: &str,
    ) -> Result<String, Problem> {
        value
            .string()
            .ok_or_else(|| expected(path, "a string", value.shape()))
    }

    pub(super) fn required<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<V, Problem> {
        object
            .member(key)
            .ok_or_else(|| InputError::at(member_path(path, key), "this field is required").into())
    }

    pub(super) fn required_string<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<String, Problem> {
        let value = self.required(object, key, path)?;
        self.string(&value, &member_path(path, key))
    }

    /// A string that may be missing or null.
    pub(super) fn optional_string<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<String>, Problem> {
        match present(object, key) {
            None => Ok(None),
            Some(value) => self.string(&value, &member_path(path, key)).map(Some),
        }
    }

    pub(super) fn optional_bool<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<bool>, Problem> {
        match present(object, key) {
            None => Ok(None),
            Some(value) => value
                .boolean()
                .map(Some)
                .ok_or_else(|| expected(&member_path(path, key), "true or false", value.shape())),
        }
    }

    /// An array that may be missing or null, each element read by `read`.
    pub(super) fn list<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
        read: &mut Each<V>,
    ) -> Result<(), Problem> {
        let path = member_path(path, key);
        match present(object, key) {
            None => Ok(()),
            Some(value) => self.elements(&value, &path, read),
        }
    }

    pub(super) fn elements<V: JsonValue>(
        &mut self,
        value: &V,
        path: &str,
        read: &mut Each<V>,
    ) -> Result<(), Problem> {
        let elements = array(value, path)?;
        for (at, element) in elements.iter().enumerate() {
            read(self, element, &element_path(path, at))?;
        }
        Ok(())
    }

    /// [`Reader::elements`] for the lists that can be long (the body, the entities),
    /// pausing between elements when `clock`'s time is up.
    pub(super) async fn long_list<V: JsonValue>(
        &mut self,
        value: &V,
        path: &str,
        clock: &dyn Clock,
        read: &mut Each<'_, V>,
    ) -> Result<(), Problem> {
        let elements = array(value, path)?;
        for (at, element) in elements.iter().enumerate() {
            pause_point(clock).await;
            read(self, element, &element_path(path, at))?;
        }
        Ok(())
    }

    pub(super) fn strings<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Vec<String>, Problem> {
        let mut out = Vec::new();
        self.list(object, key, path, &mut |r, v, p| {
            out.push(r.string(v, p)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// A whole number of pixels, 1 to 100,000.
    pub(super) fn dimension<V: JsonValue>(
        &mut self,
        object: &V,
        key: &'static str,
        path: &str,
    ) -> Result<Option<u32>, Problem> {
        match present(object, key) {
            None => Ok(None),
            Some(value) => match value.number().and_then(whole_pixels) {
                Some(pixels) => Ok(Some(pixels)),
                None => Err(InputError::at(
                    member_path(path, key),
                    "expected a whole number of pixels",
                )
                .into()),
            },
        }
    }
}
