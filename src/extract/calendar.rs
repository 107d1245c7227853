//! Calendar helpers.
