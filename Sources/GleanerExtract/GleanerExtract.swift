/// The extract stage: tokens and sentences with code-point offsets (`Text/`), named entities
/// (`Tagger/`, `Merging/`) and figures, the counts of people (`Figures/`).
public enum GleanerExtract {}
