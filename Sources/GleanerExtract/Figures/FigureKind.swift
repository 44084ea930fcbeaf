/// What a figure counts: what happened to the people (a status) or what they are (an identity).
/// A status outranks an identity: "two soldiers were killed" is `killed`.
public enum FigureKind: String, Sendable, Hashable, CaseIterable {
    case killed
    case injured
    case missing
    case detained
    case displaced
    case troops
    case fighters
    case population

    /// Whether the kind says what happened to people rather than what they are.
    public var isStatus: Bool {
        switch self {
        case .killed, .injured, .missing, .detained, .displaced: true
        case .troops, .fighters, .population: false
        }
    }
}
