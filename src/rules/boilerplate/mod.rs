//! Boilerplate: machine-translation disclaimers and the debris of scraped pages
//! (navigation, share buttons, comment forms) left in the text.

pub(crate) mod lines;
mod mt_disclaimer;
mod page_debris;

pub use mt_disclaimer::MtDisclaimer;
pub use page_debris::PageDebris;

#[cfg(test)]
mod tests;
