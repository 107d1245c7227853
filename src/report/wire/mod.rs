//! The JSON contract (schema_version 2) as typed wire structs, kept apart
//! from the domain types so that the documented contract changes only on
//! purpose. `docs/schema/` holds the JSON Schema of both reports; the tests
//! validate every report against it.

mod check;
mod claim;
mod extract;

pub use check::{CheckReport, StoryReport};
pub use claim::{WireFrame, WireValue};
pub use extract::{ExtractReport, ExtractSource};

use serde::{Serialize, Serializer};

/// The version of the JSON contract, written as `schema_version`.
pub const SCHEMA_VERSION: u32 = 2;

/// Bounds at or beyond this size are open (no bound): they go out as `null`.
const OPEN: f64 = 1.0e280;

/// A date-time as the contract writes it: `2023-09-13T15:11:00`.
pub fn datetime(dt: jiff::civil::DateTime) -> String {
    dt.strftime("%Y-%m-%dT%H:%M:%S").to_string()
}

/// The tool that wrote a report.
#[derive(Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

impl Tool {
    pub(crate) fn this() -> Tool {
        Tool { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION") }
    }
}

/// A number as the contract writes it: whole numbers without a fractional
/// part; others rounded to nine decimals so that `0.1 * 3` reads as `0.3`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let x = self.0;
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            s.serialize_i64(x as i64)
        } else {
            s.serialize_f64((x * 1e9).round() / 1e9)
        }
    }
}

/// A bound of an interval: `None` (JSON `null`) when it is open.
pub(crate) fn bound(x: f64) -> Option<Number> {
    (x.is_finite() && x.abs() < OPEN).then_some(Number(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_have_no_fraction_and_open_bounds_are_null() {
        assert_eq!(serde_json::to_string(&Number(650000.0)).unwrap(), "650000");
        assert_eq!(serde_json::to_string(&Number(0.1 * 3.0)).unwrap(), "0.3");
        assert_eq!(serde_json::to_string(&bound(1.0e290)).unwrap(), "null");
        assert_eq!(serde_json::to_string(&bound(f64::NEG_INFINITY)).unwrap(), "null");
        assert_eq!(serde_json::to_string(&bound(-5.0)).unwrap(), "-5");
    }
}
