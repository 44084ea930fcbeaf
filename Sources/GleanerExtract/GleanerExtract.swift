/// The extract stage: tokens and sentences with code-point offsets, named entities and, later,
/// figures. (The first pieces land with issue 5.)
public enum GleanerExtract {}
