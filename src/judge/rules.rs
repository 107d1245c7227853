//! What judging reads of the configuration: tolerances, pinned claims,
//! accepted findings and how sure a pairing must be to conflict. Built once
//! from `claims.yaml` by the caller, so that judging never sees the rest.

use crate::model::claim::{ClaimKind, Dimension};

/// The rules verdicts are given by.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rules {
    /// Extra relative tolerance by quantity dimension.
    pub dimension_tolerances: Vec<(Dimension, f64)>,
    pub pins: Vec<Pin>,
    /// (finding id, reason) of the findings the team accepted.
    pub accepted: Vec<(String, String)>,
}

/// A claim reported by name: the words that describe its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub id: String,
    pub kind: ClaimKind,
    pub subject: Vec<String>,
    /// Extra relative tolerance when judging its values.
    pub tolerance: Option<f64>,
}

impl Rules {
    /// The extra relative tolerance for quantities of `dimension`.
    pub fn tolerance(&self, dimension: Dimension) -> f64 {
        self.dimension_tolerances.iter().find(|(d, _)| *d == dimension).map_or(0.0, |(_, t)| *t)
    }
}
