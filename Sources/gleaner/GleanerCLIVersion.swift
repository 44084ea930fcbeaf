import GleanerCore

/// The version string `gleaner --version` prints.
enum GleanerCLIVersion {
    static let text = "gleaner \(GleanerVersion.current)"
}
