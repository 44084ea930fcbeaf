/// The version of Gleaner, written into every manifest.
public enum GleanerVersion {
    public static let current = "0.1.0"
}
