/// The entity types of DESIGN.md.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    case norp = "NORP"
}
