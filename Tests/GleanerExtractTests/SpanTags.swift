@testable import GleanerExtract

/// BIO tags for `count` tokens with the given spans (token ranges and types), for tests that feed
/// the output rules tags the model could have given.
func spanTags(count: Int, _ spans: [(Range<Int>, EntityType)]) -> [UInt8] {
    var tags = [UInt8](repeating: TagSet.outside, count: count)
    for (range, type) in spans {
        tags[range.lowerBound] = TagSet.begin(type)
        for index in range.dropFirst() { tags[index] = TagSet.inside(type) }
    }
    return tags
}
