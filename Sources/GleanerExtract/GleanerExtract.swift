/// The extract stage: tokens and sentences with code-point offsets, named entities and, later,
/// figures (issue 5).
public enum GleanerExtract {}
