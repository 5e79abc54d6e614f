//! Names: publication and place names glued together (`FinancialTimes`), outlets
//! with the wrong article (`said FT that`, `the Reuters said`), family-name-first
//! names cut in half (`his call with Gang` for Qin Gang), and one name spelled
//! two ways in a text.

mod glued_name;
mod name_consistency;
mod name_order;
mod outlet_article;

pub use glued_name::GluedName;
pub use name_consistency::NameConsistency;
pub use name_order::NameOrder;
pub use outlet_article::OutletArticle;

#[cfg(test)]
mod tests;
