/// Byte-level tests on lower-case words, cheaper than `String`'s Unicode-aware `hasSuffix`,
/// `contains` and `count` in the figure extractor's inner loops (the words it tests are ASCII).
extension String {
    /// Whether the UTF-8 bytes end with those of `suffix`.
    func endsWithBytes(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// Whether the UTF-8 bytes contain `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.contains(byte)
    }
}
