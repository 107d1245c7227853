//! The types handed between stages: claims (extraction → alignment) and
//! findings (judging → reporting).

pub mod claim;
pub mod finding;
pub mod frame;
